// A range of days read a batch at a time: every win of the range once, in day
// order, each batch ending at a whole day (a day longer than a batch read
// whole), nothing outside the range.
import { describe, expect, it } from 'vitest';
import type { Win } from '../../../utils/core/win-rules';
import { getDb } from '../../../utils/store/db';
import { listRange } from '../../../utils/store/history';

async function store(perDay: Record<string, number>) {
  const db = await getDb();
  const tx = db.transaction('wins', 'readwrite');
  for (const [day, n] of Object.entries(perDay))
    for (let i = 0; i < n; i++)
      void tx.store.put({ id: `${day}-${i}`, text: 'a win', day, at: i, kind: 'win', tags: [] });
  await tx.done;
}

describe('reading a range of days in batches', () => {
  it('reads every win of the range once, in batches that end at a whole day', async () => {
    await store({
      '2025-02-28': 3,
      '2025-03-01': 4,
      '2025-03-02': 1,
      '2025-03-03': 12, // longer than a batch
      '2025-03-04': 5,
      '2025-03-05': 5,
      '2025-04-01': 2,
    });
    const batches: (readonly Win[])[] = [];
    const wins = await listRange('2025-03-01', '2025-03-31', (b) => batches.push(b), 5);
    expect(wins).toHaveLength(27);
    expect(new Set(wins.map((w) => w.id)).size).toBe(27);
    expect(wins.map((w) => w.day)).toEqual([...wins.map((w) => w.day)].sort());
    expect(batches.length).toBeGreaterThan(3);
    // No day is split between two batches.
    const daysOf = batches.map((b) => new Set(b.map((w) => w.day)));
    for (let i = 1; i < daysOf.length; i++)
      for (const day of daysOf[i] ?? []) expect(daysOf[i - 1]?.has(day)).toBe(false);
    expect(batches.flat()).toEqual(wins);
  });

  it('ends on a long last day, and on an empty range', async () => {
    await store({ '2025-03-09': 2, '2025-03-10': 9 });
    expect(await listRange('2025-03-01', '2025-03-10', undefined, 4)).toHaveLength(11);
    expect(await listRange('2025-03-10', '2025-03-10', undefined, 4)).toHaveLength(9);
    expect(await listRange('2025-05-01', '2025-05-31', undefined, 4)).toEqual([]);
  });
});
