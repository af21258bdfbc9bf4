// Work that reads a stored value and writes it back must never interleave
// with other such work on the same value, in this page or in any other page
// or the worker: both would read the same old value, and the later write
// would undo the earlier. Web Locks give each name one turn at a time across
// all of an extension's pages and its worker, in both browsers; where there
// are none (unit tests in Node), the turns are kept in this context alone.

/** This context's turns by name, for when the browser has no Web Locks. */
const turns = new Map<string, Promise<unknown>>();

/** Runs `work` once every earlier work under `name`, anywhere in the extension, is done. */
export function oneAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, work) as Promise<T>;
  const run = (turns.get(name) ?? Promise.resolve()).then(work);
  // A failed turn does not hold up the next.
  turns.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
