// An import can be undone. Before an import writes anything, the data as it
// was (every win, usage record, reflection and the settings exactly as
// stored) is kept as one snapshot; "Undo import" puts it back record for
// record. The snapshot is kept for UNDO_KEEP_MS and then dropped, and
// "delete everything" removes it with the rest.
import type { BackupData } from '@/utils/core/backup';
import { announce } from '@/utils/messages';
import { type ImportReport, importData } from './data';
import { getDb, type Snapshot } from './db';
import { settingsItem } from './items';

const SNAPSHOT_ID = 'before-import';
/** How long an import can be undone: at least a whole day, whatever the hour. */
export const UNDO_KEEP_MS = 2 * 86_400_000;

async function takeSnapshot(now: number): Promise<Snapshot> {
  const db = await getDb();
  // One read transaction, so the three stores are seen at the same moment.
  const tx = db.transaction(['wins', 'usage', 'reflections']);
  const [wins, usage, reflections] = await Promise.all([
    tx.objectStore('wins').getAll(),
    tx.objectStore('usage').getAll(),
    tx.objectStore('reflections').getAll(),
    tx.done,
  ]);
  const settings = (await settingsItem.getValue()) ?? null;
  return { id: SNAPSHOT_ID, at: now, data: { wins, usage, reflections, settings } };
}

/** Removes the kept snapshot, if any. */
export async function dropSnapshot(): Promise<void> {
  const db = await getDb();
  await db.delete('snapshots', SNAPSHOT_ID);
}

/**
 * The same validated, all-or-nothing import as `importData`, with the data
 * as it was kept first. If the import is refused mid-way nothing changed, so
 * there is nothing to undo and the snapshot goes.
 */
export async function importWithUndo(
  data: BackupData,
  onProgress?: (done: number, total: number) => void,
  now = Date.now(),
): Promise<ImportReport> {
  const snapshot = await takeSnapshot(now);
  const db = await getDb();
  await db.put('snapshots', snapshot);
  try {
    return await importData(data, onProgress);
  } catch (error) {
    await dropSnapshot().catch(() => undefined);
    throw error;
  }
}

/** When the last import happened and until when it can be undone; drops an old one. */
export async function undoableImport(
  now = Date.now(),
): Promise<{ at: number; until: number } | undefined> {
  const db = await getDb();
  // Only the index key is read: the snapshot itself may be large.
  const cursor = await db.transaction('snapshots').store.index('at').openKeyCursor();
  const at = cursor?.key;
  if (at === undefined) return undefined;
  if (now - at > UNDO_KEEP_MS) {
    await dropSnapshot();
    return undefined;
  }
  return { at, until: at + UNDO_KEEP_MS };
}

/** Puts back the data as it was before the last import; false when there is none. */
export async function undoImport(): Promise<boolean> {
  const db = await getDb();
  const snapshot = await db.get('snapshots', SNAPSHOT_ID);
  if (!snapshot) return false;
  const tx = db.transaction(['wins', 'usage', 'reflections'], 'readwrite', {
    durability: 'strict',
  });
  const { wins, usage, reflections, settings } = snapshot.data;
  await Promise.all([
    tx.objectStore('wins').clear(),
    tx.objectStore('usage').clear(),
    tx.objectStore('reflections').clear(),
    ...wins.map((w) => tx.objectStore('wins').put(w)),
    ...usage.map((u) => tx.objectStore('usage').put(u)),
    ...reflections.map((r) => tx.objectStore('reflections').put(r)),
    tx.done,
  ]);
  // Settings exactly as they were stored (or not stored at all).
  if (settings === null) await settingsItem.removeValue();
  else await settingsItem.setValue(settings);
  // Only once everything is back: a second press could finish a half-done undo.
  await dropSnapshot();
  announce('wins', 'usage', 'reflections');
  return true;
}
