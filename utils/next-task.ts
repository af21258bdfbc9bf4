// Long work on a page (figures over 100,000 wins, a print sheet of every
// chosen win) is done in chunks, and between chunks the page gets the thread
// back: to draw, to answer a key or a click. `nextTask` waits for the next
// turn of the event loop (the scheduler's own yield where the browser has it);
// `inChunks` runs a step over a list a chunk at a time with a turn between;
// `inTurns` runs a pure generator (it `yield`s where it may pause) the same way.
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Calls `step` on each chunk of at most `size` items, yielding between chunks. */
export async function inChunks<T>(
  items: readonly T[],
  size: number,
  step: (chunk: readonly T[], start: number) => void,
  pause: () => Promise<void> = nextTask,
): Promise<void> {
  const n = Math.max(1, Math.floor(size));
  for (let start = 0; start < items.length; start += n) {
    if (start > 0) await pause();
    step(items.slice(start, start + n), start);
  }
}

/** Runs a generator's steps to its result, giving the page a turn at each pause. */
export async function inTurns<R>(
  steps: Generator<void, R>,
  pause: () => Promise<void> = nextTask,
): Promise<R> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
