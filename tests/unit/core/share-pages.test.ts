// Share's pages and the year's figures a batch at a time: every win lands on
// exactly one page in day and time order, no page holds more than its rows,
// a day longer than a page goes on over the next, the unticked count looks
// only at the range, and figures folded in many batches equal one batch.
import { describe, expect, it } from 'vitest';
import { shareDays, sharePages, untickedAmong } from '../../../utils/core/share-pages';
import { addWins, spanFiguresOf, spanTally } from '../../../utils/core/span-tally';
import type { Win } from '../../../utils/core/win-rules';
import { spanFigures } from '../../../utils/core/wrap-up';
import { inChunks } from '../../../utils/next-task';

const win = (id: string, day: string, at: number, extra: Partial<Win> = {}): Win => ({
  id,
  text: `win ${id}`,
  day,
  at,
  kind: 'win',
  tags: [],
  ...extra,
});

/** Days of March 2025 with 1, 2, 3… wins each, stored out of order. */
function march(days: number): Win[] {
  const wins: Win[] = [];
  for (let d = days; d >= 1; d--)
    for (let i = d; i >= 1; i--)
      wins.push(win(`${d}-${i}`, `2025-03-${String(d).padStart(2, '0')}`, d * 1000 + i));
  return wins;
}

describe('share a page of days at a time', () => {
  it('groups wins by day, oldest day first and each day in the order its wins came', () => {
    const days = shareDays(march(3));
    expect(days.map((d) => d.day)).toEqual(['2025-03-01', '2025-03-02', '2025-03-03']);
    expect(days[2]?.wins.map((w) => w.id)).toEqual(['3-1', '3-2', '3-3']);
  });

  it('puts every win on exactly one page, none over its rows, a long day going on', () => {
    const wins = march(20); // 210 wins; the 20th day alone holds 20
    const pages = sharePages(shareDays(wins), 7);
    const ids = pages.flatMap((p) => p.days.flatMap((d) => d.wins.map((w) => w.id)));
    expect(ids).toHaveLength(210);
    expect(new Set(ids).size).toBe(210);
    expect(ids).toEqual(shareDays(wins).flatMap((d) => d.wins.map((w) => w.id)));
    expect(pages.every((p) => p.rows <= 7 && p.rows > 0)).toBe(true);
    expect(pages).toHaveLength(30);
    // The 20th day spans three pages, its wins in order.
    const twentieth = pages.filter((p) => p.days.some((d) => d.day === '2025-03-20'));
    expect(twentieth.length).toBeGreaterThanOrEqual(3);
  });

  it('gives no page for no wins, and one page for a few', () => {
    expect(sharePages([], 150)).toEqual([]);
    expect(sharePages(shareDays(march(2)), 150)).toHaveLength(1);
  });

  it('counts only the unticked wins that are in the range', () => {
    const ids = new Set(['a', 'b', 'c']);
    expect(untickedAmong(ids, new Set(['b', 'z']))).toBe(1);
    expect(untickedAmong(ids, new Set())).toBe(0);
  });
});

describe('figures a batch at a time', () => {
  it('gives the same figures folded in many batches as in one', async () => {
    const wins = [
      ...march(25),
      win('p1', '2025-06-10', 9e9, { proud: true, tags: ['craft'] }),
      win('p0', '2025-01-02', 1, { proud: true, tags: ['craft', 'recap'] }),
      win('lo', '2025-02-03', 2, { kind: 'logoff', site: 'social.test', minutes: 5 }),
      win('out', '2024-12-31', 0),
    ];
    const whole = spanFigures('2025-01-01', '2025-12-31', wins, [], []);
    const tally = spanTally('2025-01-01', '2025-12-31');
    let batches = 0;
    await inChunks(
      wins,
      17,
      (chunk) => {
        batches++;
        addWins(tally, chunk);
      },
      async () => undefined,
    );
    expect(batches).toBe(Math.ceil(wins.length / 17));
    expect(spanFiguresOf(tally, [], [])).toEqual(whole);
    expect(whole.wins).toBe(wins.length - 1);
    expect(whole.firstWin?.id).toBe('p0');
    expect(whole.proud.map((w) => w.id)).toEqual(['p0', 'p1']);
  });
});

describe('work in chunks', () => {
  it('yields between chunks, never before the first or after the last', async () => {
    const seen: string[] = [];
    await inChunks(
      [1, 2, 3, 4, 5],
      2,
      (chunk, start) => seen.push(`${start}:${chunk.join(',')}`),
      async () => {
        seen.push('yield');
      },
    );
    expect(seen).toEqual(['0:1,2', 'yield', '2:3,4', 'yield', '4:5']);
  });
});
