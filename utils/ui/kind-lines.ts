// The short kind line said after a save ("Noted.", "That counts.", …). They
// take turns so the same words do not repeat save after save; which one is a
// pure function of a number the caller keeps (a count of saves), so tests can
// ask for any turn and no randomness hides inside the rule.
import type { MessageKey } from '@/utils/i18n';

export const KIND_LINES: readonly MessageKey[] = [
  'kindLine1',
  'kindLine2',
  'kindLine3',
  'kindLine4',
  'kindLine5',
  'kindLine6',
];

/** The kind line for the `turn`th save (any integer; negative and huge ones wrap). */
export function kindLine(turn: number): MessageKey {
  const n = KIND_LINES.length;
  const i = Number.isFinite(turn) ? ((Math.trunc(turn) % n) + n) % n : 0;
  return KIND_LINES[i] as MessageKey;
}
