// The rules for a win: what text is accepted (with a reason when it is not)
// and how a new win record is made. Pure: no storage, `now` and `id` passed in.
import { type DayKey, dayKey } from './day';
import { hasVisibleText, visibleLength } from './text';

export { visibleLength };

export const MAX_WIN_LENGTH = 500;

export type WinKind = 'win' | 'logoff' | 'pause' | 'recap';

export interface Win {
  id: string;
  text: string;
  day: DayKey;
  at: number;
  kind: WinKind;
  tags: string[];
  site?: string;
  minutes?: number;
  /** Marked "proud of this": gathered in the wrap-up, favoured from the past. */
  proud?: boolean;
}

export type TextCheck =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'tooLong'; length: number; max: number }
  | { ok: false; reason: 'control' };

// Line breaks and tabs from a paste become spaces; any other control character
// is refused rather than silently dropped, so the user sees what happened.
const LINE_WHITESPACE = /[\t\n\r\u2028\u2029]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function checkWinText(raw: string, max = MAX_WIN_LENGTH): TextCheck {
  const text = raw.replace(LINE_WHITESPACE, ' ').trim();
  // Nothing a person could see (zero-width or formatting characters, lone
  // accents) is as empty as nothing at all.
  if (!hasVisibleText(text)) return { ok: false, reason: 'empty' };
  if (CONTROL.test(text)) return { ok: false, reason: 'control' };
  const length = visibleLength(text);
  if (length > max) return { ok: false, reason: 'tooLong', length, max };
  return { ok: true, text };
}

// A tag runs to the next character that cannot be in one: never cut short (the
// win's own length bounds it). Accents typed as combining marks belong to it.
export const TAG_CHARS = /^[\p{L}\p{N}\p{M}_-]+$/u;
const TAG = /(?:^|\s)#([\p{L}\p{N}\p{M}_-]+)/gu;

/** `#tags` in a win's text, lower-cased and without repeats, in order. */
export function extractTags(text: string): string[] {
  const tags: string[] = [];
  for (const m of text.matchAll(TAG)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

export interface NewWin {
  text: string;
  kind?: WinKind;
  site?: string;
  minutes?: number;
}

export type MakeWinResult = { ok: true; win: Win } | Exclude<TextCheck, { ok: true }>;

export function makeWin(
  input: NewWin,
  opts: { now: number; id: string; dayStartHour?: number },
): MakeWinResult {
  const check = checkWinText(input.text);
  if (!check.ok) return check;
  const win: Win = {
    id: opts.id,
    text: check.text,
    day: dayKey(opts.now, opts.dayStartHour ?? 0),
    at: opts.now,
    kind: input.kind ?? 'win',
    tags: extractTags(check.text),
  };
  if (win.kind === 'recap' && !win.tags.includes('recap')) win.tags.unshift('recap');
  if (input.site !== undefined) win.site = input.site;
  if (input.minutes !== undefined) win.minutes = input.minutes;
  return { ok: true, win };
}
