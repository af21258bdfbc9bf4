// What a person came to a limited site for ("What are you here for?"): a
// reflection of kind 'visit' under id `visit:<day>:<site>`, one per day and
// site (a later one that day takes its place). Its text follows a win's
// rules (trimmed, something visible, no control characters, never cut), on
// one short line, because it is carried into the log-off win. Pure.
import { checkWinText, type TextCheck } from './win-rules';

/** A site intention is one short line: it is carried into the log-off win. */
export const VISIT_MAX = 140;

/** What a person came to a site for: a win's rules, one line of at most VISIT_MAX. */
export function checkVisitText(raw: string): TextCheck {
  return checkWinText(raw, VISIT_MAX);
}

/** One intention per day and site: a later one that day takes its place. */
export function visitId(day: string, site: string): string {
  return `visit:${day}:${site}`;
}
