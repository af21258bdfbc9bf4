// Which wins this page has just saved, so their row can arrive with a brief
// warm highlight. The save and the list's refresh race (the list may hear of
// the new win before the save's promise resolves), so a row asks on mount and
// also listens for a mark that comes after it.
const fresh = new Set<string>();
const listeners = new Set<(id: string) => void>();

/** Marks a win as just saved on this page. */
export function markFresh(id: string): void {
  fresh.add(id);
  for (const listener of listeners) listener(id);
}

/** Whether the win was just saved here; asking once forgets it (one highlight per save). */
export function takeFresh(id: string): boolean {
  return fresh.delete(id);
}

/** Calls `listener` for every later mark; returns how to stop. */
export function onFresh(listener: (id: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the person asked for less motion (then nothing is highlighted by moving). */
export function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
