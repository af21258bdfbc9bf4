// A written reflection (the morning intention, the evening recap, the weekly
// note, the day's energy as 'low' | 'some' | 'plenty' under id `energy:<day>`,
// and what the person came to a limited site for, kind 'visit' with its site,
// whose rules are in visit.ts): its type and the one rule for its text,
// shared by the form and the import so both accept exactly the same. Pure.
import { hasVisibleText, visibleLength } from './text';

export interface Reflection {
  id: string;
  kind: 'intention' | 'recap' | 'weekly' | 'energy' | 'visit';
  day: string;
  text: string;
  at: number;
  /** Only for kind 'visit': the limited site's host. */
  site?: string;
}

export const REFLECTION_KINDS: readonly Reflection['kind'][] = [
  'intention',
  'recap',
  'weekly',
  'energy',
  'visit',
];
export const REFLECTION_MAX = 2000;
export type ReflectionCheck =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'control' }
  | { ok: false; reason: 'tooLong'; max: number };

// Line breaks and tabs belong in a written note; other control characters do not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function checkReflectionText(raw: string): ReflectionCheck {
  const text = raw.trim();
  if (!hasVisibleText(text)) return { ok: false, reason: 'empty' };
  if (CONTROL.test(text)) return { ok: false, reason: 'control' };
  if (visibleLength(text) > REFLECTION_MAX)
    return { ok: false, reason: 'tooLong', max: REFLECTION_MAX };
  return { ok: true, text };
}
