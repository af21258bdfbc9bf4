// The words of the figures a person reads, one function per figure, over the
// rules in utils/core/figures.ts: a figure of 0 is never a line (the
// function gives nothing, or a kind sentence instead), used minutes are never
// "N of M" past M, and a kind of win is told in words, counted with plurals,
// never by its record name. Every screen that shows these figures calls here.
import {
  kindCounts,
  type StepsFigure,
  shown,
  stepsFigure,
  type UsedFigure,
  usedFigure,
} from '@/utils/core/figures';
import type { WinKind } from '@/utils/core/win-rules';
import { t, uiLanguage } from '@/utils/i18n';
import { minutesText } from '@/utils/ui/format';
import { type PluralBase, plural } from '@/utils/ui/plural';

/** "took back 40 minutes", or nothing when none were taken back. */
export function tookBackWords(minutes: number): string | undefined {
  return shown(minutes) ? plural('tookBack', minutes, minutes) : undefined;
}

/** One short line on how minutes taken back are counted, beside the figure. */
export const tookBackHowWords = (): string => t('tookBackHow');

/** "logged off 3 times", or nothing without a log-off. */
export function loggedOffWords(count: number): string | undefined {
  return shown(count) ? plural('loggedOff', count, count) : undefined;
}

/** "3 pauses", or nothing without one. */
export function pausesWords(count: number): string | undefined {
  return shown(count) ? plural('pauses', count, count) : undefined;
}

/**
 * The log-offs of a span as a sentence: "You chose to log off 62 times and
 * took back 40 minutes.", without the minutes when none were taken back, and
 * nothing at all without a log-off.
 */
export function choseLogoffWords(count: number, minutes: number): string | undefined {
  if (!shown(count)) return undefined;
  return shown(minutes)
    ? plural('wrapLogoffs', count, count, minutes)
    : plural('choseLogoff', count, count);
}

/** Minutes used today against a site's daily budget. */
export function usedTodayWords(used: number, budget: number): string {
  return usedWords(usedFigure(used, budget), {
    none: (f) => t('usedNone', minutesText(f.budget)),
    within: (f) => t('usedToday', f.used, minutesText(f.budget)),
    beyond: (f) => t('usedBeyond', minutesText(f.used), f.budget),
  });
}

/** A site's minutes over some days against its budget for them, or nothing when none were used. */
export function siteUsedWords(site: string, used: number, budget: number): string | undefined {
  const figure = usedFigure(used, budget);
  if (figure.type === 'none') return undefined;
  return figure.type === 'within'
    ? t('weekSiteLine', site, figure.used, figure.budget)
    : t('weekSiteBeyond', site, minutesText(figure.used), figure.budget);
}

function usedWords(
  figure: UsedFigure,
  say: { [K in UsedFigure['type']]: (f: Extract<UsedFigure, { type: K }>) => string },
): string {
  switch (figure.type) {
    case 'none':
      return say.none(figure);
    case 'within':
      return say.within(figure);
    case 'beyond':
      return say.beyond(figure);
  }
}

const KIND_COUNT: Record<WinKind, PluralBase> = {
  win: 'kindCountWin',
  logoff: 'kindCountLogoff',
  pause: 'kindCountPause',
  recap: 'kindCountRecap',
};

/** "545 wins you noted", "141 evening recaps": a kind of win, counted, in words. */
export function kindCountWords(kind: WinKind, count: number): string {
  return plural(KIND_COUNT[kind], count, count);
}

/** Each kind with a win, in words, leaving out the kinds with none. */
export function kindsWords(
  counts: Partial<Record<WinKind, number>> | ReadonlyMap<WinKind, number>,
): string[] {
  return kindCounts(counts).map(({ kind, count }) => kindCountWords(kind, count));
}

/** A goal's steps: "Move more: 2 steps in the last 7 days, 5 steps this month", never "0 steps". */
export function goalStepsWords(goal: string, week: number, month: number): string {
  const steps = (n: number) => plural('stepsTaken', n, n);
  const figure: StepsFigure = stepsFigure(week, month);
  switch (figure.type) {
    case 'both':
      return t('goalCountLine', goal, steps(figure.week), steps(figure.month));
    case 'week':
      return t('goalWeekLine', goal, steps(figure.week));
    case 'month':
      return t('goalMonthLine', goal, steps(figure.month));
    case 'none':
      return t('goalReadyLine', goal);
  }
}

/** Parts of a sentence as the language lists them: "3 wins, 1 note and 2 sites". */
export function listWords(parts: readonly string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(parts);
}
