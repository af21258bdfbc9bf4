// Reading the sync area, item by item. Anything this version cannot trust is
// refused by its key with a reason (not ours, damaged, written by a newer
// version, too big) and the rest is still merged; nothing here changes
// because of a refused item. Each record is checked by the same rules an
// import uses (./records.ts). Pure.
import type { Doc, Entry } from './model';
import { type Card, itemBytes, PREFIX, QUOTA_BYTES_PER_ITEM, SYNC_FORMAT } from './pack';
import { checkRecord, type RecordContext } from './records';

export type Refusal = 'foreign' | 'damaged' | 'newer' | 'tooBig';

export interface Computer {
  id: string;
  name: string;
  days: number;
  behind: number;
  bytes: number;
}

export interface Read {
  /** Each computer's records, by computer id. */
  docs: Record<string, Doc>;
  computers: Computer[];
  refused: { key: string; reason: Refusal }[];
  /** Bytes the whole area uses, and those of computers other than `own`. */
  bytes: number;
  othersBytes: number;
}

const KEY = /^sw:([a-z0-9]{8,40})(?::(\d{1,3}))?$/;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readEntry(raw: unknown, computer: string, ctx: RecordContext): [string, Entry] | null {
  if (!Array.isArray(raw) || raw.length < 3 || raw.length > 4) return null;
  const [key, n, d, day] = raw as [unknown, unknown, unknown, unknown];
  if (typeof key !== 'string' || key.length > 200) return null;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) return null;
  if (day !== undefined && typeof day !== 'string') return null;
  const checked = checkRecord(key, d, day, computer, ctx);
  if (!checked.ok) return null;
  return [key, { n, c: computer, d: checked.d, ...(day !== undefined ? { day } : {}) }];
}

function readPart(value: unknown, computer: string, ctx: RecordContext): Doc | Refusal {
  if (!isObject(value) || !Array.isArray(value.e)) return 'damaged';
  const doc: Record<string, Entry> = {};
  for (const raw of value.e) {
    const entry = readEntry(raw, computer, ctx);
    if (!entry) return 'damaged';
    doc[entry[0]] = entry[1];
  }
  return doc;
}

function readCard(value: unknown): Omit<Card, 'f'> | Refusal {
  if (!isObject(value)) return 'damaged';
  const ok =
    typeof value.name === 'string' &&
    value.name.length <= 100 &&
    Number.isSafeInteger(value.days) &&
    Number.isSafeInteger(value.behind);
  return ok
    ? { name: value.name as string, days: value.days as number, behind: value.behind as number }
    : 'damaged';
}

/** Everything in the sync area, as `storage.sync.get(null)` gives it. */
export function readArea(
  area: Readonly<Record<string, unknown>>,
  own: string,
  ctx: RecordContext,
): Read {
  const read: Read = { docs: {}, computers: [], refused: [], bytes: 0, othersBytes: 0 };
  const cards = new Map<string, Computer>();
  const computerOf = (id: string) => {
    let c = cards.get(id);
    if (!c) {
      c = { id, name: '', days: 0, behind: 0, bytes: 0 };
      cards.set(id, c);
    }
    return c;
  };
  for (const [key, value] of Object.entries(area)) {
    const bytes = itemBytes(key, value);
    read.bytes += bytes;
    const m = KEY.exec(key);
    if (!m) {
      read.othersBytes += bytes;
      read.refused.push({ key, reason: 'foreign' });
      continue;
    }
    const id = m[1] as string;
    if (id !== own) read.othersBytes += bytes;
    const refuse = (reason: Refusal) => read.refused.push({ key, reason });
    if (bytes > QUOTA_BYTES_PER_ITEM) refuse('tooBig');
    else if (!isObject(value) || typeof value.f !== 'number') refuse('damaged');
    else if (value.f > SYNC_FORMAT) refuse('newer');
    else if (m[2] === undefined) {
      const card = readCard(value);
      if (typeof card === 'string') refuse(card);
      else Object.assign(computerOf(id), card);
      computerOf(id).bytes += bytes;
    } else {
      const doc = readPart(value, id, ctx);
      if (typeof doc === 'string') refuse(doc);
      else read.docs[id] = { ...read.docs[id], ...doc };
      computerOf(id).bytes += bytes;
    }
  }
  read.computers = [...cards.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return read;
}

export { PREFIX };
