// The one IndexedDB database every extension page and the worker share.
// Upgrades fall through `if (oldVersion < N)` so any old version reaches the
// newest without clearing data, and every connection closes itself when a
// newer version asks (`blocking`), so an open tab never stalls an upgrade.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { ImportChanges } from '@/utils/core/import-changes';
import type { Reflection } from '@/utils/core/reflections';
import type { UsageRecord } from '@/utils/core/usage';
import type { Win } from '@/utils/core/win-rules';

export const DB_NAME = 'small-wins';
export const DB_VERSION = 3;

export interface SmallWinsDB extends DBSchema {
  wins: { key: string; value: Win; indexes: { day: string; at: number; tags: string } };
  usage: { key: [string, string]; value: UsageRecord; indexes: { day: string } };
  reflections: { key: string; value: Reflection; indexes: { day: string } };
  /** What the last import changed, so it can be undone (./import-changes.ts). */
  snapshots: { key: string; value: ImportRecord; indexes: { at: number } };
}

export interface ImportRecord {
  id: string;
  /** Set on the import's own record only (the `at` index finds it); absent on its parts. */
  at?: number;
  /** Absent in a copy of everything an older version kept; it cannot be undone safely. */
  changes?: ImportChanges;
  /** A part of the wins the import added, kept in records of their own (./import-changes.ts). */
  winsPart?: Win[];
}

export type Db = IDBPDatabase<SmallWinsDB>;

let opening: Promise<Db> | undefined;

/** A shared connection for this page; reopened after it was closed for an upgrade. */
export function getDb(): Promise<Db> {
  opening ??= openSmallWinsDb().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

export function openSmallWinsDb(name = DB_NAME): Promise<Db> {
  return openDB<SmallWinsDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const wins = db.createObjectStore('wins', { keyPath: 'id' });
        wins.createIndex('day', 'day');
        wins.createIndex('at', 'at');
      }
      if (oldVersion < 2) {
        tx.objectStore('wins').createIndex('tags', 'tags', { multiEntry: true });
        const usage = db.createObjectStore('usage', { keyPath: ['day', 'host'] });
        usage.createIndex('day', 'day');
        const reflections = db.createObjectStore('reflections', { keyPath: 'id' });
        reflections.createIndex('day', 'day');
      }
      if (oldVersion < 3) {
        db.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('at', 'at');
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      opening = undefined;
    },
    terminated() {
      opening = undefined;
    },
  });
}
