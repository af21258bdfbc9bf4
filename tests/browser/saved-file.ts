// A file Firefox saved: it saves into the worker's download folder, through a
// .part file it renames when done, so the file is the new name there once no
// .part is left and it holds something.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';

/** A file the browser saved: its name and its text. */
export interface SavedFile {
  name: string;
  text: string;
}

/** Runs `save` and returns the file it made appear in `dir`. */
export async function savedInto(dir: string, save: () => Promise<void>): Promise<SavedFile> {
  const before = new Set(readdirSync(dir));
  await save();
  let name = '';
  await expect
    .poll(
      () => {
        const names = readdirSync(dir);
        name = names.find((n) => !before.has(n) && !n.endsWith('.part')) ?? '';
        return (
          name !== '' &&
          !names.some((n) => n.endsWith('.part')) &&
          (statSync(join(dir, name), { throwIfNoEntry: false })?.size ?? 0) > 0
        );
      },
      { message: 'a saved file' },
    )
    .toBe(true);
  return { name, text: readFileSync(join(dir, name), 'utf8') };
}
