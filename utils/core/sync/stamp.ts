// How this computer's own changes become new versions, without hooks in every
// write: what is stored here now (a snapshot) is compared with what was
// known at the last sync; each record that differs gets a new version from
// this computer, each record that went away gets a tombstone. A computer that
// is joining adopts what already travels for every key both sides have (the
// shared copy is never overwritten by one just switched on) and adds what only
// it has. Pure.
import { type Doc, type Entry, highestCounter, parseUsageKey, sameData } from './model';

/** A record as stored here: its data and its day when dated. */
export interface Held {
  d: unknown;
  day?: string;
}

export interface Scope {
  /** Dated records from this day on are compared (older ones are left as they are). */
  from: string;
  /** This computer's id: only its own minutes are its to count. */
  own: string;
}

/** Whether the snapshot speaks for `key`: what it lacks there was deleted here. */
export function inScope(key: string, entry: Pick<Entry, 'day'>, scope: Scope): boolean {
  if (key.startsWith('u:')) return parseUsageKey(key)?.computer === scope.own;
  if (entry.day !== undefined) return entry.day >= scope.from;
  return key.startsWith('s:') || key.startsWith('site:');
}

/**
 * `known` with this computer's changes since, each under a counter above
 * every one in `seen` (the known copy and everything read from the others).
 */
export function stampChanges(
  known: Doc,
  held: Readonly<Record<string, Held>>,
  scope: Scope,
  opts: { joining: boolean; seen: readonly Doc[] },
): Doc {
  let clock = highestCounter([known, ...opts.seen]);
  const out: Record<string, Entry> = { ...known };
  const put = (key: string, d: unknown, day: string | undefined) => {
    clock += 1;
    out[key] = { n: clock, c: scope.own, d, ...(day !== undefined ? { day } : {}) };
  };
  for (const [key, h] of Object.entries(held)) {
    const before = known[key];
    if (!before) put(key, h.d, h.day);
    else if (!opts.joining && !sameData(before.d, h.d)) put(key, h.d, h.day ?? before.day);
  }
  if (!opts.joining) {
    for (const [key, before] of Object.entries(known)) {
      if (before.d !== null && !(key in held) && inScope(key, before, scope)) {
        put(key, null, before.day);
      }
    }
  }
  return out;
}
