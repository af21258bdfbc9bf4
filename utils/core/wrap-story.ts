// The wrap-up told as a paced story, one idea per screen: which screens a
// span gets, each only when it has something true to show. A quiet span
// (few or no days with a win) gets its own short, warm story: no figures
// that would read as small, no promises. Pure: the figures and today are
// passed in.
import type { DayKey } from './day';
import { QUIET_DAYS, type SpanFigures } from './wrap-up';

export type StoryScreen =
  | 'quiet'
  | 'days'
  | 'proud'
  | 'most'
  | 'calendar'
  | 'months'
  | 'logoffs'
  | 'closing';

export interface StorySpan {
  span: 'year' | 'month';
  from: DayKey;
  to: DayKey;
  figures: Pick<
    SpanFigures,
    'wins' | 'daysWithWin' | 'proud' | 'kinds' | 'tags' | 'logoffs' | 'perMonth' | 'bestMonth'
  >;
}

/** A span is quiet when it held fewer than a few days with a win. */
export function isQuiet(f: Pick<SpanFigures, 'daysWithWin'>): boolean {
  return f.daysWithWin < QUIET_DAYS;
}

/** Something came up most: a tag, more than one kind, or (in a year) a busiest month. */
function cameUpMost(s: StorySpan): boolean {
  const f = s.figures;
  return (
    f.tags.length > 0 ||
    f.kinds.length > 1 ||
    (s.span === 'year' && f.perMonth.filter((n) => n > 0).length > 1)
  );
}

/** The screens of the story, in the order they are told. */
export function storyScreens(s: StorySpan, today: DayKey): StoryScreen[] {
  const f = s.figures;
  const started = s.from <= today;
  const screens: StoryScreen[] = [];
  if (isQuiet(f)) {
    screens.push('quiet');
    if (f.wins > 0) screens.push('days');
    if (f.proud.length > 0) screens.push('proud');
    if (f.logoffs > 0) screens.push('logoffs');
  } else {
    screens.push('days');
    if (f.proud.length > 0) screens.push('proud');
    if (cameUpMost(s)) screens.push('most');
    if (started) screens.push('calendar');
    if (s.span === 'year') screens.push('months');
    if (f.logoffs > 0) screens.push('logoffs');
  }
  screens.push('closing');
  return screens;
}

/**
 * How far an arrow key moves the story: forward is the way the page reads,
 * so in a right-to-left page the Left arrow goes forward. Other keys: 0.
 */
export function storyStep(key: string, rtl: boolean): -1 | 0 | 1 {
  if (key === 'ArrowRight') return rtl ? -1 : 1;
  if (key === 'ArrowLeft') return rtl ? 1 : -1;
  return 0;
}
