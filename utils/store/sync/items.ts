// The keys sync keeps on this computer (storage.local, never in a backup:
// another computer has its own), and the browser's sync area itself. Only
// this module touches `storage.sync`.
import { browser } from 'wxt/browser';
import type { Doc } from '@/utils/core/sync/model';
import { storage } from '../item';

export interface SyncMeter {
  /** Bytes the whole sync area uses, and what the browser allows. */
  bytes: number;
  quota: number;
  /** Days of wins travelling from this computer, and days staying behind for space. */
  days: number;
  behind: number;
  computers: number;
}

export type SyncProblem = 'full' | 'unavailable';

export interface SyncState {
  on: boolean;
  /** This computer's random id (its keys in the sync area are `sw:<id>…`). */
  id: string | null;
  name: string;
  /** Whether this computer has merged once (before that, what travels is adopted). */
  joined: boolean;
  lastWriteAt: number;
  meter: SyncMeter | null;
  problem: SyncProblem | null;
  /** Keys of items in the sync area this version could not read. */
  refused: string[];
}

export const SYNC_OFF: SyncState = {
  on: false,
  id: null,
  name: '',
  joined: false,
  lastWriteAt: 0,
  meter: null,
  problem: null,
  refused: [],
};

export const syncStateItem = storage.defineItem<SyncState>('local:sync', { fallback: SYNC_OFF });

/** Every record as known at the last sync (compared with what is here to find changes). */
export const syncDocItem = storage.defineItem<Doc | null>('local:syncKnown', { fallback: null });

/** The other computers' minutes on each limited site, by day (see core/sync/budget.ts). */
export const syncOthersItem = storage.defineItem<Record<string, Record<string, number>> | null>(
  'local:syncOthers',
  { fallback: null },
);

export const readArea = (): Promise<Record<string, unknown>> => browser.storage.sync.get(null);

export async function writeArea(set: Record<string, unknown>, remove: string[]): Promise<void> {
  if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
  if (remove.length > 0) await browser.storage.sync.remove(remove);
}

/** Calls `onChange` when the sync area changes (another computer's copy arrived, or ours). */
export function watchArea(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
