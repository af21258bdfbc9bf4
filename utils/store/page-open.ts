// Quiet care taken when a page opens (the new tab, the options, the welcome),
// never on a timer: ask the browser to keep this extension's data even when
// the disk runs low, drop an undo copy that has expired, and save the daily
// backup if it is on and due. Started after the page is on screen.
import { logProblem } from '@/utils/log';
import { backUpIfDue } from './auto-backup';
import { undoableImport } from './undo-import';

let persistAsked = false;

/** Asks once per page; Chrome decides by itself, Firefox grants installed extensions. */
export async function askToPersist(): Promise<boolean | undefined> {
  if (persistAsked) return undefined;
  persistAsked = true;
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.persist) return undefined;
  return (await storage.persisted()) || storage.persist();
}

export function careOnPageOpen(now = Date.now()): Promise<void> {
  return Promise.all([askToPersist(), undoableImport(now), backUpIfDue(now)]).then(
    () => undefined,
    (error: unknown) => logProblem('could not finish the care on opening', error),
  );
}

/** Runs the care once the page is idle, so it never delays what the person sees. */
export function careWhenIdle(): void {
  const later = (globalThis as { requestIdleCallback?: (f: () => void) => void })
    .requestIdleCallback;
  if (later) later(() => void careOnPageOpen());
  else setTimeout(() => void careOnPageOpen(), 500);
}
