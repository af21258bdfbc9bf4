// The rule for taking back an import's part of a day's time: the import's
// raise goes, time counted since stays, and a record the import made with
// nothing counted since goes altogether.
import { describe, expect, it } from 'vitest';
import { undoUsage } from '../../../utils/core/import-changes';

const day = { day: '2026-11-21', host: 'social.example' };
const rec = (ms: number, grantedMs = 0, pauses?: number) => ({
  ...day,
  ms,
  grantedMs,
  ...(pauses ? { pauses } : {}),
});

describe('taking back an import’s time', () => {
  it.each([
    ['a record the import made, nothing since', undefined, rec(100), rec(100), undefined],
    ['a record the import made, a minute since', undefined, rec(100), rec(160), rec(60)],
    ['a record the import raised, nothing since', rec(40), rec(100), rec(100), rec(40)],
    ['a record the import raised, a minute since', rec(40), rec(100), rec(160), rec(100)],
    [
      'pauses and granted time the same way',
      rec(40, 0, 1),
      rec(100, 300, 3),
      rec(100, 600, 4),
      rec(40, 300, 2),
    ],
    ['written lower since: nothing of the import is left', rec(40), rec(100), rec(70), rec(70)],
    ['deleted since', undefined, rec(100), undefined, undefined],
  ])('%s', (_name, before, after, now, expected) => {
    expect(undoUsage(now, { ...(before ? { before } : {}), after })).toEqual(expected);
  });
});
