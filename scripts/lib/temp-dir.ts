// The folders and files tests and scripts make for a moment (browser
// profiles, downloads, seeded imports, exported backups) all live under one
// folder per process, removed when the process ends, so a run leaves nothing
// behind in the machine's temp folder (a full run used to leave ~100
// profiles and a 51 MB file there).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;

function processRoot(): string {
  if (!root) {
    const made = mkdtempSync(join(tmpdir(), 'small-wins-'));
    process.on('exit', () => {
      try {
        rmSync(made, { recursive: true, force: true });
      } catch {
        // A browser still writing there as the process ends: the machine's own cleanup takes the rest.
      }
    });
    root = made;
  }
  return root;
}

/** A new empty folder, named after `prefix`, removed when this process ends. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(processRoot(), `${prefix}-`));
}

/** A path for a file called `name` in a folder of its own, removed when this process ends. */
export function tempFile(name: string): string {
  return join(tempDir('file'), name);
}
