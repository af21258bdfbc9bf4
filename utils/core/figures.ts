// The figures a person reads, each defined once: which are shown and how they
// are counted. Every view (the look back's week, the pauses card, the options'
// sites, the wrap-up) reads them from here, so two cards never disagree.
//
// - A log-off is a win of kind 'logoff': the person chose "Log off" (or a
//   small step away) on a pause. Pauses shown are counted apart (the usage
//   records' `pauses`) and are never called log-offs. A log-off of a site no
//   longer limited still counts: what was done stays done.
// - Minutes taken back: see `minutesTakenBack` in pause-figures.ts (the budget
//   left on each day a site was logged off); shown only when more than 0.
// - Used against a budget: what was used, and the budget beside it only while
//   the use fits in it; past it, both are said without "N of M" (a budget can
//   be lowered or more minutes chosen). Nothing used is not a figure.
// - A figure of 0 is never a line: `shown` says whether it is one.
// Pure.
import type { DayKey } from './day';
import type { Win, WinKind } from './win-rules';

/** Every kind of win, in the order they are told. */
export const WIN_KINDS: readonly WinKind[] = ['win', 'logoff', 'pause', 'recap'];

/** Whether a figure is worth a line: only what was done, never a 0. */
export const shown = (figure: number): boolean => Number.isFinite(figure) && figure > 0;

/** Whether a win is a log-off (the one definition). */
export const isLogoff = (win: Pick<Win, 'kind'>): boolean => win.kind === 'logoff';

/** The log-offs among `wins` from `from` to `to` (day keys, inclusive), any site. */
export function logoffCount(
  wins: readonly Pick<Win, 'kind' | 'day'>[],
  from: DayKey,
  to: DayKey,
): number {
  let count = 0;
  for (const w of wins) if (isLogoff(w) && w.day >= from && w.day <= to) count++;
  return count;
}

/** Wins per kind, in WIN_KINDS order, leaving out the kinds with none. */
export function kindCounts(
  counts: Partial<Record<WinKind, number>> | ReadonlyMap<WinKind, number>,
): { kind: WinKind; count: number }[] {
  const get = (kind: WinKind) =>
    counts instanceof Map ? counts.get(kind) : (counts as Partial<Record<WinKind, number>>)[kind];
  return WIN_KINDS.map((kind) => ({ kind, count: get(kind) ?? 0 })).filter((k) => shown(k.count));
}

/** Minutes used against a budget, as they may be told. */
export type UsedFigure =
  /** Nothing used: only the budget is worth saying. */
  | { type: 'none'; budget: number }
  /** Within the budget: "12 of 30 minutes". */
  | { type: 'within'; used: number; budget: number }
  /** Past it (more minutes chosen, or the budget lowered): never "129 of 7". */
  | { type: 'beyond'; used: number; budget: number };

/** How `used` minutes against `budget` minutes are told (whole minutes, never below 0). */
export function usedFigure(used: number, budget: number): UsedFigure {
  const u = Math.max(0, Math.round(used));
  const b = Math.max(0, Math.round(budget));
  if (!shown(u)) return { type: 'none', budget: b };
  return u > b ? { type: 'beyond', used: u, budget: b } : { type: 'within', used: u, budget: b };
}

/** A goal's steps as they may be told: which of the two spans has any. */
export type StepsFigure =
  | { type: 'both'; week: number; month: number }
  | { type: 'week'; week: number }
  | { type: 'month'; month: number }
  | { type: 'none' };

export function stepsFigure(week: number, month: number): StepsFigure {
  if (shown(week) && shown(month)) return { type: 'both', week, month };
  if (shown(week)) return { type: 'week', week };
  if (shown(month)) return { type: 'month', month };
  return { type: 'none' };
}
