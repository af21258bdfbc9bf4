// A backup takes back every win the app can write, in any script: a tag as
// long as the longest win, written in letters of several code units each,
// and a win with as many tags as its text holds plus its goal's.
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup } from '../../../utils/core/backup';
import { stepWin } from '../../../utils/core/steps';
import { MAX_WIN_LENGTH, makeWin } from '../../../utils/core/win-rules';
import { NOW } from './backup-seeds';

const made = (input: Parameters<typeof makeWin>[0], id: string) => {
  const result = makeWin(input, { now: NOW - 3600_000, id });
  if (!result.ok) throw new Error(result.reason);
  return result.win;
};

// As many different tags as a win's text holds: "#一 #丁 …", three characters each.
const oneLetterTags = Array.from(
  { length: Math.ceil(MAX_WIN_LENGTH / 3) },
  (_, i) => `#${String.fromCodePoint(0x4e00 + i)}`,
);

describe('a backup of wins in any script', () => {
  it('takes back what the app wrote: a long Hindi tag, and every tag a step’s win holds', () => {
    const longTag = made({ text: `#${'हिं'.repeat(MAX_WIN_LENGTH - 1)}` }, 'a');
    const manyTags = made(stepWin({ text: oneLetterTags.join(' '), goal: 'हिंदी लिखना' }), 'b');
    expect(manyTags.tags).toHaveLength(oneLetterTags.length + 1);
    const parsed = parseBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, wins: [longTag, manyTags] }),
      NOW,
    );
    expect(parsed.ok ? parsed.data.wins : parsed).toEqual([longTag, manyTags]);
  });
});
