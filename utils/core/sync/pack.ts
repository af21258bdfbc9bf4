// This computer's share of the sync area, packed to the browser's limits
// (102,400 bytes in all, 8,192 per item, 512 items; measured as the key plus
// its JSON, as the browsers count): a small card naming the computer, then
// parts holding the records it wrote last. Undated records (settings, sites)
// go first, then the newest days; when space runs short the oldest days stop
// travelling (they stay on every computer that has them). Pure.
import type { Doc, Entry } from './model';

export const SYNC_FORMAT = 1;
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const MAX_ITEMS = 512;
/** Room kept free in each item and in all (the card, rounding, another computer's growth). */
export const ITEM_ROOM = 7_800;
export const RESERVE_BYTES = 2_048;
export const PREFIX = 'sw:';

export interface Card {
  f: number;
  /** The name the person gave this computer. */
  name: string;
  /** How many days of wins travel from this computer, and how many stay behind for space. */
  days: number;
  behind: number;
}

/** A part: the records this computer wrote, each `[key, counter, data, day?]`. */
export interface Part {
  f: number;
  e: unknown[][];
}

export const cardKey = (computer: string) => `${PREFIX}${computer}`;
export const partKey = (computer: string, i: number) => `${PREFIX}${computer}:${i}`;

const encoder = new TextEncoder();
export const itemBytes = (key: string, value: unknown) =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

export interface Packed {
  items: Record<string, Card | Part>;
  bytes: number;
  days: number;
  behind: number;
}

const encode = (key: string, e: Entry) =>
  e.day === undefined ? [key, e.n, e.d] : [key, e.n, e.d, e.day];

/** Groups of records that travel together, most needed first. */
function groups(doc: Doc, own: string): [string | null, [string, Entry][]][] {
  const byDay = new Map<string | null, [string, Entry][]>();
  for (const [key, e] of Object.entries(doc)) {
    if (e.c !== own) continue;
    const day = e.day ?? null;
    byDay.set(day, [...(byDay.get(day) ?? []), [key, e]]);
  }
  const days = [...byDay.keys()].sort((a, b) =>
    a === null ? -1 : b === null ? 1 : a < b ? 1 : a > b ? -1 : 0,
  );
  return days.map((d) => [d, (byDay.get(d) ?? []).sort(([a], [b]) => (a < b ? -1 : 1))]);
}

/** Parts as they fill: each keeps its records and its size as an item. */
interface Filling {
  parts: { e: unknown[][]; bytes: number }[];
  total: number;
}

function addDay(filling: Filling, encoded: unknown[][], own: string): Filling {
  const parts = filling.parts.map((p) => ({ e: [...p.e], bytes: p.bytes }));
  let total = filling.total;
  for (const entry of encoded) {
    const size = encoder.encode(JSON.stringify(entry)).length + 1;
    let last = parts[parts.length - 1];
    if (!last || (last.bytes + size > ITEM_ROOM && last.e.length > 0)) {
      last = { e: [], bytes: itemBytes(partKey(own, parts.length), { f: SYNC_FORMAT, e: [] }) };
      parts.push(last);
      total += last.bytes;
    }
    last.e.push(entry);
    last.bytes += size;
    total += size;
  }
  return { parts, total };
}

/** Packs the records `own` wrote into at most `room` bytes (what the others leave). */
export function pack(doc: Doc, own: string, name: string, room: number): Packed {
  let filling: Filling = { parts: [], total: 0 };
  const winDays = new Set<string>();
  const travelling = new Set<string>();
  let full = false;
  for (const [day, entries] of groups(doc, own)) {
    const hasWins =
      day !== null && entries.some(([key, e]) => key.startsWith('w:') && e.d !== null);
    if (hasWins) winDays.add(day);
    if (full) continue;
    // A whole day travels or none of it, so a day never arrives half.
    const next = addDay(
      filling,
      entries.map(([key, e]) => encode(key, e)),
      own,
    );
    if (day !== null && (next.total > room || next.parts.length >= MAX_ITEMS / 4)) {
      full = true;
      continue;
    }
    filling = next;
    if (hasWins) travelling.add(day);
  }
  const items: Record<string, Card | Part> = {};
  filling.parts.forEach((p, i) => {
    items[partKey(own, i)] = { f: SYNC_FORMAT, e: p.e };
  });
  const behind = [...winDays].filter((d) => !travelling.has(d)).length;
  items[cardKey(own)] = { f: SYNC_FORMAT, name, days: travelling.size, behind };
  const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  return { items, bytes, days: travelling.size, behind };
}
