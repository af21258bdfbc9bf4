// Reading the sync area: a damaged, foreign, newer or too big item is
// refused by its key, and everything else is still read.
import { describe, expect, it } from 'vitest';
import { contextAt } from '@/utils/core/backup-records';
import { readArea } from '@/utils/core/sync/parse';

const NOW = Date.UTC(2026, 2, 10, 12);
const ctx = contextAt(NOW, 0);
const win = { id: 'w1', text: 'Walked', day: '2026-03-10', at: NOW, kind: 'win', tags: [] };
const good = { f: 1, e: [['w:w1', 3, win, '2026-03-10']] };

describe('reading the sync area', () => {
  it('reads a computer’s card and records', () => {
    const read = readArea(
      { 'sw:bbbbbbbb': { f: 1, name: 'Desk', days: 1, behind: 0 }, 'sw:bbbbbbbb:0': good },
      'aaaaaaaa',
      ctx,
    );
    expect(read.refused).toEqual([]);
    expect(read.docs.bbbbbbbb?.['w:w1']).toEqual({
      n: 3,
      c: 'bbbbbbbb',
      d: win,
      day: '2026-03-10',
    });
    expect(read.computers.map((c) => c.name)).toEqual(['Desk']);
    expect(read.othersBytes).toBe(read.bytes);
  });

  it('refuses damaged, foreign, newer and too big items by name and reads the rest', () => {
    const read = readArea(
      {
        'sw:bbbbbbbb:0': good,
        'sw:cccccccc:0': { f: 1, e: [['w:w2', 1, { id: 'w2', text: '' }, '2026-03-10']] },
        'sw:dddddddd:0': 'not json we wrote',
        'sw:eeeeeeee:0': { f: 2, e: [] },
        'sw:ffffffff:0': { f: 1, e: [['w:x', 1, { text: 'y'.repeat(9000) }, '2026-03-10']] },
        'someone-else': { hello: 1 },
        'sw:gggggggg:0': {
          f: 1,
          e: [['u:2026-03-10|a.test|bbbbbbbb', 1, { ms: 5 }, '2026-03-10']],
        },
      },
      'aaaaaaaa',
      ctx,
    );
    expect(read.refused).toEqual([
      { key: 'sw:cccccccc:0', reason: 'damaged' },
      { key: 'sw:dddddddd:0', reason: 'damaged' },
      { key: 'sw:eeeeeeee:0', reason: 'newer' },
      { key: 'sw:ffffffff:0', reason: 'tooBig' },
      { key: 'someone-else', reason: 'foreign' },
      // Minutes may travel only under the computer that counted them.
      { key: 'sw:gggggggg:0', reason: 'damaged' },
    ]);
    expect(Object.keys(read.docs)).toEqual(['bbbbbbbb']);
  });
});
