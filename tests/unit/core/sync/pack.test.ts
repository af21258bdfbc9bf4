// Packing this computer's share of the sync area: every item under the
// browser's per-item limit, the whole within the room left, and when space
// runs short the oldest days stop travelling first while settings always go.
import { describe, expect, it } from 'vitest';
import { addDays } from '@/utils/core/day';
import type { Doc } from '@/utils/core/sync/model';
import { ITEM_ROOM, itemBytes, pack, QUOTA_BYTES_PER_ITEM } from '@/utils/core/sync/pack';

const OWN = 'aaaaaaaa';

/** `days` days of wins, `perDay` each, of about `chars` characters. */
function manyDays(days: number, perDay: number, chars = 300): Doc {
  const doc: Record<string, Doc[string]> = {
    's:snoozeMinutes': { n: 1, c: OWN, d: 5 },
  };
  for (let i = 0; i < days; i++) {
    const day = addDays('2026-03-31', -i);
    for (let j = 0; j < perDay; j++) {
      const id = `${day}-${j}`;
      doc[`w:${id}`] = { n: 2 + i, c: OWN, d: { id, text: 'x'.repeat(chars), day }, day };
    }
  }
  return doc;
}

describe('packing for the sync area', () => {
  it('keeps every item under the browser’s limit of 8,192 bytes', () => {
    const packed = pack(manyDays(30, 5), OWN, 'Laptop', 90_000);
    for (const [key, value] of Object.entries(packed.items)) {
      expect(itemBytes(key, value)).toBeLessThanOrEqual(ITEM_ROOM);
      expect(itemBytes(key, value)).toBeLessThan(QUOTA_BYTES_PER_ITEM);
    }
  });

  it('stays within the room left and lets the oldest days stay behind first', () => {
    const packed = pack(manyDays(60, 4), OWN, 'Laptop', 30_000);
    expect(packed.bytes).toBeLessThanOrEqual(30_000);
    expect(packed.days).toBeGreaterThan(0);
    expect(packed.days + packed.behind).toBe(60);
    const travelling = Object.values(packed.items)
      .flatMap((v) => ('e' in v ? v.e : []))
      .map((e) => e[3] as string | undefined)
      .filter((d): d is string => d !== undefined);
    // The newest days travel; no older day travels while a newer one stays behind.
    expect(Math.min(...travelling.map((d) => Date.parse(d)))).toBe(
      Date.parse(addDays('2026-03-31', -(packed.days - 1))),
    );
  });

  it('always carries settings, even when no day has room', () => {
    const packed = pack(manyDays(3, 10, 400), OWN, 'Laptop', 500);
    const keys = Object.values(packed.items).flatMap((v) => ('e' in v ? v.e.map((e) => e[0]) : []));
    expect(keys).toEqual(['s:snoozeMinutes']);
    expect(packed.days).toBe(0);
    expect(packed.behind).toBe(3);
  });

  it('carries only the records this computer wrote last', () => {
    const doc: Doc = {
      'w:1': { n: 1, c: OWN, d: { id: '1' }, day: '2026-03-01' },
      'w:2': { n: 2, c: 'bbbbbbbb', d: { id: '2' }, day: '2026-03-01' },
    };
    const keys = Object.values(pack(doc, OWN, 'Laptop', 90_000).items).flatMap((v) =>
      'e' in v ? v.e.map((e) => e[0]) : [],
    );
    expect(keys).toEqual(['w:1']);
  });
});
