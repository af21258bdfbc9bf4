// What travels between a person's computers, and the one rule that settles
// two copies of it. Every record carries a version: a Lamport counter and the
// id of the computer that wrote it. The higher counter wins; on a tie the
// larger computer id wins, so the result never depends on wall clocks (which
// may disagree by a day) or on the order copies arrive. A deletion is a
// record too (a tombstone, `d: null`), so an older copy never brings a
// deleted win back. Pure: the merge is commutative, associative and idempotent.

/** One record as it travels: its version and its data (null once deleted). */
export interface Entry {
  /** Lamport counter: larger than every counter its writer had seen. */
  n: number;
  /** The id of the computer that wrote this version. */
  c: string;
  d: unknown;
  /** The day a dated record (win, reflection, minutes) belongs to; oldest travel last. */
  day?: string;
}

/** Every record by key: `w:<win id>`, `r:<reflection id>`, `s:<setting>`, `site:<host>`, `u:<day>|<host>|<computer>`. */
export type Doc = Readonly<Record<string, Entry>>;

/** JSON with keys in one order, so the same record reads the same on every computer. */
export function stable(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? ''
  );
}

/** Whether `a` is the newer version (a strict total order on versions and content). */
export function newer(a: Entry, b: Entry): boolean {
  if (a.n !== b.n) return a.n > b.n;
  if (a.c !== b.c) return a.c > b.c;
  // The same writer never writes two contents under one counter; if a damaged
  // copy ever did, the content decides, so every computer still agrees.
  return stable(a) > stable(b);
}

/** Both copies' records, each key keeping its newer version. */
export function mergeDocs(a: Doc, b: Doc): Doc {
  const out: Record<string, Entry> = { ...a };
  for (const [key, entry] of Object.entries(b)) {
    const here = out[key];
    if (!here || newer(entry, here)) out[key] = entry;
  }
  return out;
}

export function mergeAll(docs: readonly Doc[]): Doc {
  return docs.reduce<Doc>((all, doc) => mergeDocs(all, doc), {});
}

/** The largest counter seen in any of `docs` (a new version goes above it). */
export function highestCounter(docs: readonly Doc[]): number {
  let high = 0;
  for (const doc of docs) for (const entry of Object.values(doc)) high = Math.max(high, entry.n);
  return high;
}

export const sameData = (a: unknown, b: unknown) => stable(a) === stable(b);

/** The computer a usage key counts for (`u:<day>|<host>|<computer>`). */
export function usageKey(day: string, host: string, computer: string): string {
  return `u:${day}|${host}|${computer}`;
}

export function parseUsageKey(key: string): { day: string; host: string; computer: string } | null {
  const m = /^u:(\d{4}-\d{2}-\d{2})\|(.+)\|([^|]+)$/.exec(key);
  return m ? { day: m[1] as string, host: m[2] as string, computer: m[3] as string } : null;
}
