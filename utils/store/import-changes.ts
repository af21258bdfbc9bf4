// Where what the last import changed is kept (core/import-changes.ts): one
// record in the `snapshots` store, written in the import's own transaction.
// An import that changed nothing keeps the earlier one; an older version's
// copy of everything (which undo would have put back over later writes) is
// dropped, never used.
import type { IDBPObjectStore } from 'idb';
import { changedAnything, type ImportChanges } from '@/utils/core/import-changes';
import type { Settings } from '@/utils/core/settings';
import { getDb, type SmallWinsDB } from './db';

export const IMPORT_ID = 'last-import';

type Store = IDBPObjectStore<
  SmallWinsDB,
  ['wins', 'usage', 'reflections', 'snapshots'],
  'snapshots',
  'readwrite'
>;

/** Keeps what the import changed, in its transaction; replaces the last import's. */
export async function keepChanges(store: Store, changes: ImportChanges, at: number): Promise<void> {
  if (!changedAnything(changes)) return;
  await store.clear();
  await store.put({ id: IMPORT_ID, at, changes });
}

/** The settings as they really were before the import's own settings were written. */
export async function keepSettingsChange(before: Settings, after: Settings): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('snapshots', 'readwrite');
  const record = await tx.store.get(IMPORT_ID);
  if (record?.changes)
    await tx.store.put({ ...record, changes: { ...record.changes, settings: { before, after } } });
  await tx.done;
}
