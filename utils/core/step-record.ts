// A small step as stored in the settings: its type, its limits, and the
// repair of a stored or imported list (kept apart from steps.ts so every page
// that reads the settings loads only this). Pure.
import { type DayKey, isDayKey } from './day';
import { checkWinText } from './win-rules';

export const MAX_STEPS = 50;
export const MAX_STEP_LENGTH = 200;
export const MAX_GOAL_LENGTH = 100;
export const MIN_TRY_DAYS = 3;
export const MAX_TRY_DAYS = 30;

export type Energy = 'low' | 'some' | 'plenty';
export const ENERGIES: readonly Energy[] = ['low', 'some', 'plenty'];

/** A short try: `days` days from `start` (the person's own day keys). */
export interface Challenge {
  start: DayKey;
  days: number;
}

export interface SmallStep {
  id: string;
  text: string;
  goal?: string;
  /** Fits a low-energy day. */
  gentle: boolean;
  challenge?: Challenge;
}

/** One press-to-save chip: one of the person's steps or a built-in one. */
export interface Chip {
  key: string;
  text: string;
  goal?: string;
  gentle: boolean;
}

export type GoalCheck = { ok: true; goal: string } | { ok: false; reason: 'tooLong' | 'control' };

/** A goal is optional: empty means none; otherwise at most 100 characters. */
export function checkGoal(raw: string): GoalCheck {
  const check = checkWinText(raw, MAX_GOAL_LENGTH);
  if (check.ok) return { ok: true, goal: check.text };
  if (check.reason === 'empty') return { ok: true, goal: '' };
  return { ok: false, reason: check.reason };
}

const plain = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function normalizeStep(value: unknown, index: number): SmallStep | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const text = typeof v.text === 'string' ? checkWinText(v.text, MAX_STEP_LENGTH) : undefined;
  if (!text?.ok) return undefined;
  const id =
    typeof v.id === 'string' && v.id.length > 0 && v.id.length <= 100 ? v.id : `step-${index}`;
  const step: SmallStep = { id, text: text.text, gentle: v.gentle === true };
  const goal = typeof v.goal === 'string' ? checkGoal(v.goal) : undefined;
  if (goal?.ok && goal.goal) step.goal = goal.goal;
  const c = v.challenge as Record<string, unknown> | undefined;
  const days = c?.days;
  if (
    isDayKey(c?.start) &&
    typeof days === 'number' &&
    Number.isInteger(days) &&
    days >= MIN_TRY_DAYS &&
    days <= MAX_TRY_DAYS
  ) {
    step.challenge = { start: c.start, days };
  }
  return step;
}

/** Any stored list → at most 50 valid steps with unique ids; broken ones are left out. */
export function normalizeSteps(raw: unknown): SmallStep[] {
  const steps: SmallStep[] = [];
  for (const [i, value] of (Array.isArray(raw) ? raw : []).entries()) {
    const step = normalizeStep(value, i);
    if (step && !steps.some((s) => s.id === step.id)) steps.push(step);
    if (steps.length === MAX_STEPS) break;
  }
  return steps;
}

/** Steps from an import that the person does not have yet (by id or text), within the limit. */
export function mergeSteps(current: readonly SmallStep[], incoming: readonly SmallStep[]) {
  const added = incoming.filter(
    (s) => !current.some((c) => c.id === s.id || plain(c.text) === plain(s.text)),
  );
  return [...current, ...added].slice(0, MAX_STEPS);
}
