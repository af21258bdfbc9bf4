// An import can be undone, and undoing takes back exactly what that import
// brought: the wins, notes and days' time it added, the time it raised, the
// sites, steps and settings it changed. Nothing written since is touched
// (wins, proud marks, recaps, intentions, time counted, sites added). What
// it changed is kept in the import's own transaction (./import-changes.ts),
// so an import cut off mid-way leaves no undo. A record the import brought
// that the person changed since stays as they left it, and is counted so the
// words can say so. The offer lasts UNDO_KEEP_MS; "delete everything"
// removes it with the rest.
import type { BackupData } from '@/utils/core/backup';
import { undoAdded, undoSettings, undoUsage } from '@/utils/core/import-changes';
import { siteHost } from '@/utils/core/site-parts';
import { announce } from '@/utils/messages';
import { giveBackAccess } from './access';
import { type ImportReport, importData } from './data';
import { getDb } from './db';
import { IMPORT_ID, keptChanges } from './import-changes';
import { inSettingsTurn, loadSettings, saveSettings } from './settings';
import { beginWinWrite, endWinWrite } from './snapshot';

/** How long an import can be undone: at least a whole day, whatever the hour. */
export const UNDO_KEEP_MS = 2 * 86_400_000;

/** Removes what is kept to undo an import, if anything. */
export async function dropSnapshot(): Promise<void> {
  const db = await getDb();
  await db.clear('snapshots');
}

/** The same validated, all-or-nothing import as `importData`, which can then be undone. */
export function importWithUndo(
  data: BackupData,
  onProgress?: (done: number, total: number) => void,
  now = Date.now(),
): Promise<ImportReport> {
  return importData(data, onProgress, now);
}

/** When the last import happened and until when it can be undone; drops an old one. */
export async function undoableImport(
  now = Date.now(),
): Promise<{ at: number; until: number } | undefined> {
  const db = await getDb();
  // Only the index key is read: what the import brought may be large.
  const cursor = await db.transaction('snapshots').store.index('at').openKeyCursor();
  if (!cursor) return undefined;
  const at = cursor.key;
  // An older version's copy of everything, or too old: nothing safe to undo.
  if (cursor.primaryKey !== IMPORT_ID || now - at > UNDO_KEEP_MS) {
    await dropSnapshot();
    return undefined;
  }
  return { at, until: at + UNDO_KEEP_MS };
}

export interface UndoReport {
  /** What the import brought that the person changed since, kept as they left it. */
  kept: number;
}

/** Takes back what the last import brought; undefined when there is nothing to undo. */
export async function undoImport(): Promise<UndoReport | undefined> {
  const db = await getDb();
  const changes = await keptChanges(db);
  if (!changes) return undefined;
  // Settings first: if the page closes before the records, a second press finishes.
  const settings = await inSettingsTurn(async () => {
    const undone = undoSettings(await loadSettings(), changes.settings);
    await saveSettings(undone.settings);
    return undone;
  });
  // Access is per host: a host still limited (whole or in part) keeps it.
  const left = new Set(settings.settings.sites.map((s) => siteHost(s.host)));
  const gone = new Set(settings.sitesRemoved.map(siteHost).filter((h) => !left.has(h)));
  await Promise.all([...gone].map((h) => giveBackAccess(h)));
  let kept = settings.kept;
  const ticket = beginWinWrite();
  try {
    const tx = db.transaction(['wins', 'usage', 'reflections', 'snapshots'], 'readwrite', {
      durability: 'strict',
    });
    tx.done.catch(() => undefined);
    const wins = tx.objectStore('wins');
    for (const win of changes.wins) {
      const step = undoAdded(await wins.get(win.id), win);
      if (step === 'remove') await wins.delete(win.id);
      else if (step === 'kept') kept++;
    }
    const reflections = tx.objectStore('reflections');
    for (const reflection of changes.reflections) {
      const step = undoAdded(await reflections.get(reflection.id), reflection);
      if (step === 'remove') await reflections.delete(reflection.id);
      else if (step === 'kept') kept++;
    }
    const usage = tx.objectStore('usage');
    for (const change of changes.usage) {
      const key: [string, string] = [change.after.day, change.after.host];
      const next = undoUsage(await usage.get(key), change);
      if (next) await usage.put(next);
      else await usage.delete(key);
    }
    // Gone with the records it took back, or not at all.
    await tx.objectStore('snapshots').clear();
    await tx.done;
  } finally {
    endWinWrite(ticket);
  }
  announce('wins', 'usage', 'reflections');
  return { kept };
}
