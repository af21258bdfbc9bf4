// The person's own morning and evening questions: a few of each, kept
// tidy (one line, not too long, no repeats), and the one a day asks, taken in
// turn day by day or at random (the same all day, so it never changes under
// the person's eyes). None of their own: the built-in question stays. Pure.
import { type DayKey, dateOfDay } from './day';
import { hasVisibleText, visibleLength } from './text';

export const MAX_PROMPTS = 5;
export const PROMPT_MAX = 140;
export type PromptOrder = 'turn' | 'random';
export const PROMPT_ORDERS: readonly PromptOrder[] = ['turn', 'random'];

/** A question as it can be kept: trimmed, one line, visible, at most PROMPT_MAX characters. */
export function tidyPrompt(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!hasVisibleText(text) || /[\r\n]/.test(text)) return undefined;
  return visibleLength(text) <= PROMPT_MAX ? text : undefined;
}

/** Any stored value → at most MAX_PROMPTS distinct questions, in the person's order. */
export function normalizePrompts(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const kept: string[] = [];
  for (const value of raw) {
    const text = tidyPrompt(value);
    if (text && !kept.includes(text)) kept.push(text);
  }
  return kept.slice(0, MAX_PROMPTS);
}

/** Lines typed in a box → the questions, or the first line that cannot be one. */
export function parsePromptLines(
  text: string,
): { ok: true; prompts: string[] } | { ok: false; reason: 'tooLong' | 'tooMany' } {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => hasVisibleText(line));
  if (lines.some((line) => visibleLength(line) > PROMPT_MAX))
    return { ok: false, reason: 'tooLong' };
  const prompts = normalizePrompts(lines);
  if (new Set(lines).size > MAX_PROMPTS) return { ok: false, reason: 'tooMany' };
  return { ok: true, prompts };
}

const dayNumber = (day: DayKey) => Math.round(dateOfDay(day).getTime() / 86_400_000);

/** A small, steady mix of a day's number: the same day always gives the same value. */
function mix(n: number): number {
  let x = (n ^ 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** The question of `day`, or undefined when the person has none of their own. */
export function promptOfDay(
  day: DayKey,
  prompts: readonly string[],
  order: PromptOrder,
): string | undefined {
  if (prompts.length === 0) return undefined;
  const n = dayNumber(day);
  const index = order === 'turn' ? n : mix(n);
  return prompts[((index % prompts.length) + prompts.length) % prompts.length];
}
