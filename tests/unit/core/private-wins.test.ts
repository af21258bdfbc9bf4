// A win kept private is counted in the wrap-up's figures but never told:
// not among the proud wins, not as the first win, its tags not named. A
// backup carries the mark, and refuses one that is not yes or no.
import { describe, expect, it } from 'vitest';
import { type Context, winCheck } from '../../../utils/core/backup-records';
import { addWins, spanTally } from '../../../utils/core/span-tally';
import type { Win } from '../../../utils/core/win-rules';

const win = (id: string, text: string, day: string, extra: Partial<Win> = {}): Win => ({
  id,
  text,
  day,
  at: Date.parse(`${day}T12:00:00`),
  kind: 'win',
  tags: [],
  ...extra,
});

describe('a win kept private', () => {
  it('counts in the wrap-up but is never told there', () => {
    const tally = spanTally('2026-01-01', '2026-12-31');
    addWins(tally, [
      win('s', 'Secret appointment #health', '2026-01-02', {
        proud: true,
        private: true,
        tags: ['health'],
      }),
      win('a', 'Walked to the lake', '2026-03-04', { proud: true }),
    ]);
    expect(tally.wins).toBe(2);
    expect(tally.days.size).toBe(2);
    expect(tally.proud.map((w) => w.id)).toEqual(['a']);
    expect(tally.first?.id).toBe('a');
    expect([...tally.tags.keys()]).toEqual([]);
  });

  it('keeps its mark through a backup, and a mark that is not yes or no is refused', () => {
    const now = Date.parse('2026-12-06T12:00:00');
    const context: Context = {
      now,
      dayStartHour: 0,
      lastDay: '2026-12-07',
      lastTime: Date.parse('2026-12-08T00:00:00'),
    };
    const check = winCheck(context);
    const record = { ...win('s', 'Secret appointment', '2026-01-02'), private: true };
    expect(check(record)).toMatchObject({ id: 's', private: true });
    expect(check({ ...record, private: 'yes' })).toBe('private');
  });
});
