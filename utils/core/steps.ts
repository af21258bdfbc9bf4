// Small steps toward what matters: the person's own one-press wins, each
// maybe under a bigger goal, maybe tried for a few days. The rules here are
// pure (no storage, `now` passed in; the stored record is in step-record.ts): which
// tag a goal gives its wins, which chips come first at today's energy, how
// many days of a try were done (never how many were not), and how often a
// goal's steps were taken this week and this month.
import { addDays, type DayKey, dayKey } from './day';
import type { Challenge, Chip, Energy, SmallStep } from './step-record';
import { ENERGIES } from './step-record';
import { cutText, graphemes } from './text';
import { extractTags, type NewWin, TAG_CHARS, type Win } from './win-rules';

export * from './step-record';

/** A goal's tag is at most this many characters (graphemes). */
const GOAL_TAG_LENGTH = 40;

/**
 * The tag a goal gives its wins ("Write a book" → "write-a-book", "हिंदी
 * लिखना" → "हिंदी-लिखना"), by extractTags' rules. Made a character at a time
 * as a person sees them: a letter with its marks stays whole, and the tag is
 * cut between characters, never inside one.
 */
export function goalTag(goal: string | undefined): string | undefined {
  if (!goal) return undefined;
  // Each run of characters a tag cannot hold becomes one "-".
  let slug = '';
  let apart = false;
  for (const g of graphemes(goal.toLowerCase())) {
    const kept = TAG_CHARS.test(g);
    if (kept) slug += g;
    else if (!apart) slug += '-';
    apart = !kept;
  }
  slug = cutText(slug.replace(/^-+|-+$/g, ''), GOAL_TAG_LENGTH);
  return extractTags(`#${slug.replace(/-+$/, '')}`)[0];
}

/**
 * The win a step saves: the person's own words, and its goal's tag beside
 * them (in the win's tags, shown apart), never pasted into the words.
 */
export function stepWin(step: { text: string; goal?: string }): NewWin {
  const tag = goalTag(step.goal);
  return tag ? { text: step.text, tags: [tag] } : { text: step.text };
}

/** The person's steps first; on a low day the gentle ones lead, each group in its order. */
export function orderChips(own: readonly Chip[], builtIn: readonly Chip[], energy?: Energy) {
  const all = [...own, ...builtIn];
  if (energy !== 'low') return all;
  return [...all.filter((c) => c.gentle), ...all.filter((c) => !c.gentle)];
}

const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a win is this step taken (saved from its chip, or typed the same). */
export function isStepWin(step: SmallStep, win: Pick<Win, 'text'>): boolean {
  const text = plain(win.text);
  const tag = goalTag(step.goal);
  // Wins saved before the tag was kept apart have it at the end of the words.
  return text === plain(step.text) || (tag !== undefined && text === plain(`${step.text} #${tag}`));
}

export interface TryProgress {
  /** Days within the try on which the step was taken, so far. */
  daysDone: number;
  lastDay: DayKey;
  today: DayKey;
  /** Past its last day, or its last day is done: time to celebrate. */
  ended: boolean;
}

/** A try's days done so far, under the person's own day start. */
export function tryProgress(
  step: SmallStep & { challenge: Challenge },
  wins: readonly Win[],
  now: number,
  dayStartHour: number,
): TryProgress {
  const { start, days } = step.challenge;
  const today = dayKey(now, dayStartHour);
  const lastDay = addDays(start, days - 1);
  const until = today < lastDay ? today : lastDay;
  const done = new Set(
    wins.filter((w) => w.day >= start && w.day <= until && isStepWin(step, w)).map((w) => w.day),
  );
  const ended = today > lastDay || (today === lastDay && done.has(lastDay));
  return { daysDone: done.size, lastDay, today, ended };
}

export interface GoalCount {
  goal: string;
  tag: string;
  week: number;
  month: number;
}

/** The first day of today's calendar month. */
export const monthStart = (today: DayKey): DayKey => `${today.slice(0, 7)}-01`;

/** Per goal (in the order its first step appears): wins with its tag in the last 7 days and this month. */
export function goalCounts(
  steps: readonly SmallStep[],
  wins: readonly Win[],
  today: DayKey,
): GoalCount[] {
  const weekFrom = addDays(today, -6);
  const monthFrom = monthStart(today);
  const goals: GoalCount[] = [];
  for (const step of steps) {
    const tag = goalTag(step.goal);
    if (!step.goal || !tag || goals.some((g) => g.tag === tag)) continue;
    const tagged = wins.filter((w) => w.day <= today && w.tags.includes(tag));
    goals.push({
      goal: step.goal,
      tag,
      week: tagged.filter((w) => w.day >= weekFrom).length,
      month: tagged.filter((w) => w.day >= monthFrom).length,
    });
  }
  return goals;
}

/** The first day goal counts need: the month's start or a week ago, whichever is earlier. */
export const goalsFrom = (today: DayKey): DayKey =>
  [monthStart(today), addDays(today, -6)].sort()[0] ?? today;

/** The low-energy days of a week and what was still done on them. */
export function lowDays(
  perDay: readonly { day: DayKey; count: number }[],
  energy: Readonly<Record<DayKey, Energy | undefined>>,
) {
  const low = perDay.filter((d) => energy[d.day] === 'low');
  return { days: low.length, wins: low.reduce((n, d) => n + d.count, 0) };
}

export const energyId = (day: DayKey) => `energy:${day}`;
export const isEnergy = (value: unknown): value is Energy => ENERGIES.includes(value as Energy);
