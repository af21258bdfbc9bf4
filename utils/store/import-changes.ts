// Where what the last import changed is kept (core/import-changes.ts): one
// record in the `snapshots` store, written in the import's own transaction,
// with the wins it added in parts of WINS_PART beside it (so no single write
// clones 100,000 wins in one task).
// An import that changed nothing keeps the earlier one; an older version's
// copy of everything (which undo would have put back over later writes) is
// dropped, never used.
import type { IDBPObjectStore } from 'idb';
import { changedAnything, type ImportChanges } from '@/utils/core/import-changes';
import type { Settings } from '@/utils/core/settings';
import type { Win } from '@/utils/core/win-rules';
import { type Db, getDb, type SmallWinsDB } from './db';

export const IMPORT_ID = 'last-import';
/** Added wins kept in one part record. */
export const WINS_PART = 500;
const PARTS = `${IMPORT_ID}:wins:`;
const partId = (i: number) => `${PARTS}${String(i).padStart(6, '0')}`;
const allParts = () => IDBKeyRange.bound(PARTS, `${PARTS}\uffff`);

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
  for (let i = 0; i * WINS_PART < changes.wins.length; i++) {
    const winsPart = changes.wins.slice(i * WINS_PART, (i + 1) * WINS_PART);
    await store.put({ id: partId(i), winsPart });
  }
  await store.put({ id: IMPORT_ID, at, changes: { ...changes, wins: [] } });
}

/** What the last import changed, its added wins gathered from their parts; undefined if none. */
export async function keptChanges(db: Db): Promise<ImportChanges | undefined> {
  const record = await db.get('snapshots', IMPORT_ID);
  if (!record?.changes) return undefined;
  const parts = await db.getAll('snapshots', allParts());
  const added: Win[] = parts.flatMap((part) => part.winsPart ?? []);
  return { ...record.changes, wins: [...record.changes.wins, ...added] };
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
