// Automatic backups: when they are on, something changed and the newest one
// is older than a day, a full JSON backup (the same as Export) is saved to
// "Small Wins backups" in the downloads folder, and only the newest seven
// stay. Runs from a page (a worker has no object URLs in Chrome), one page
// at a time; if saving fails, the state says why and nothing else changes.
import { browser } from 'wxt/browser';
import {
  type AutoBackupState,
  backupDue,
  backupFilename,
  backupsToForget,
  fingerprint,
} from '@/utils/core/auto-backup';
import { logProblem } from '@/utils/log';
import { DOWNLOADS, SAVE_FILES } from './auto-backup-state';
import { readAll } from './data';
import { autoBackupItem } from './items';
import { oneAtATime } from './one-at-a-time';

const WAIT_MS = 60_000;

async function change(patch: Partial<AutoBackupState>): Promise<void> {
  await autoBackupItem.setValue({ ...(await autoBackupItem.getValue()), ...patch });
}

/** Turns backups on (the permission was just granted) and saves the first one now. */
export async function turnOnAutoBackup(now = Date.now()): Promise<AutoBackupState> {
  await change({ on: true, problem: null, checkedAt: null, lastAt: null, fingerprint: null });
  return backUpNow(now);
}

/** Turns backups off and gives the downloads permission back. Saved files stay. */
export async function turnOffAutoBackup(): Promise<void> {
  await change({ on: false, problem: null });
  try {
    await browser.permissions.remove(DOWNLOADS);
  } catch {
    // required by this build, or already gone
  }
}

/** Waits until the browser has finished writing a download, or says it could not. */
function finished(id: number): Promise<{ ok: boolean; filename: string }> {
  return new Promise((resolve) => {
    const done = (result: { ok: boolean; filename: string }) => {
      clearTimeout(timer);
      browser.downloads.onChanged.removeListener(changed);
      resolve(result);
    };
    const look = async () => {
      const [item] = await browser.downloads.search({ id });
      if (item?.state === 'complete') done({ ok: true, filename: item.filename });
      else if (!item || item.state === 'interrupted') done({ ok: false, filename: '' });
    };
    const lookSafely = () => look().catch(() => done({ ok: false, filename: '' }));
    const changed = (delta: { id: number; state?: unknown }) => {
      if (delta.id === id && delta.state) void lookSafely();
    };
    const timer = setTimeout(() => done({ ok: false, filename: '' }), WAIT_MS);
    browser.downloads.onChanged.addListener(changed);
    void lookSafely(); // it may be written already
  });
}

type UiOptions = (options: { enabled: boolean }) => Promise<void>;

/**
 * Runs a backup's download with the browser's downloads bubble kept shut,
 * where the browser allows it (Chromium, with `downloads.ui`). The bubble is
 * back for the person's own downloads as soon as the backup is written.
 */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const setUi = (browser.downloads as { setUiOptions?: UiOptions }).setUiOptions;
  const may =
    setUi !== undefined &&
    (await browser.permissions.contains({ permissions: ['downloads.ui'] }).catch(() => false));
  if (may) await setUi({ enabled: false }).catch(() => undefined);
  try {
    return await work();
  } finally {
    if (may) await setUi({ enabled: true }).catch(() => undefined);
  }
}

/** Keeps the newest seven days of backups on disk and in the downloads list. */
async function tidy(): Promise<void> {
  const files = await browser.downloads.search({
    filenameRegex: 'small-wins-\\d{4}-\\d{2}-\\d{2}\\.json$',
  });
  const { remove, erase } = backupsToForget(
    files.map((f) => ({ id: f.id, filename: f.filename, exists: f.exists !== false })),
  );
  for (const id of remove) {
    await browser.downloads.removeFile(id).catch(() => undefined); // already gone by hand
  }
  for (const id of erase) await browser.downloads.erase({ id });
}

async function write(now: number): Promise<AutoBackupState> {
  if (!(await browser.permissions.contains(SAVE_FILES))) {
    await change({ problem: 'permission' });
    return autoBackupItem.getValue();
  }
  const data = await readAll();
  const print = fingerprint(JSON.stringify(data));
  const state = await autoBackupItem.getValue();
  if (state.lastAt !== null && print === state.fingerprint) {
    await change({ checkedAt: now }); // nothing changed since the newest backup
    return autoBackupItem.getValue();
  }
  const { buildBackup } = await import('@/utils/core/backup');
  const text = JSON.stringify(buildBackup(data, now), null, 1);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  try {
    const done = await quietly(async () =>
      finished(
        await browser.downloads.download({
          url,
          filename: backupFilename(now),
          saveAs: false,
          conflictAction: 'overwrite',
        }),
      ),
    );
    if (!done.ok) {
      await change({ problem: 'write' });
      return autoBackupItem.getValue();
    }
    await change({
      lastAt: now,
      lastFile: done.filename,
      checkedAt: now,
      fingerprint: print,
      problem: null,
    });
  } catch (error) {
    logProblem('could not save an automatic backup', error);
    await change({ problem: 'write' });
    return autoBackupItem.getValue();
  } finally {
    URL.revokeObjectURL(url);
  }
  await tidy().catch((error: unknown) => logProblem('could not tidy old backups', error));
  return autoBackupItem.getValue();
}

/** One page at a time, so two new tabs opened together save one file. */
const oneBackupAtATime = <T>(work: () => Promise<T>) => oneAtATime('small-wins-auto-backup', work);

/** Saves a backup now, whatever the time of the last one (when turned on). */
export function backUpNow(now = Date.now()): Promise<AutoBackupState> {
  return oneBackupAtATime(() => write(now));
}

/** Saves a backup if one is due: on, something changed, the newest older than a day. */
export function backUpIfDue(now = Date.now()): Promise<AutoBackupState | undefined> {
  return oneBackupAtATime(async () =>
    backupDue(await autoBackupItem.getValue(), now) ? write(now) : undefined,
  );
}
