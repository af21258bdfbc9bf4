// This computer's records as sync sees them (recent wins and reflections,
// this computer's minutes, settings), and the writes a merge asks for. Each
// write happens only where the record is still as the merge saw it, so a
// change made here meanwhile is never overwritten; it travels next time.

import { normalizeSettings } from '@/utils/core/settings';
import { applyToSettings, type Local, type LocalChanges } from '@/utils/core/sync/held';
import { sameData } from '@/utils/core/sync/model';
import { announce } from '@/utils/messages';
import { getDb } from '../db';
import { inSettingsTurn, loadSettings, saveSettings } from '../settings';
import { beginWinWrite, endWinWrite } from '../snapshot';

export async function readLocal(from: string): Promise<Local> {
  const db = await getDb();
  const range = IDBKeyRange.lowerBound(from);
  const [wins, reflections, usage, settings] = await Promise.all([
    db.getAllFromIndex('wins', 'day', range),
    db.getAllFromIndex('reflections', 'day', range),
    db.getAllFromIndex('usage', 'day', range),
    loadSettings(),
  ]);
  return { wins, reflections, usage, settings };
}

const storeOf = (key: string) =>
  key.startsWith('w:') ? ('wins' as const) : key.startsWith('r:') ? ('reflections' as const) : null;

/** Writes what the merge brought; returns whether anything here changed. */
export async function applyChanges(changes: LocalChanges): Promise<boolean> {
  const records = [...changes.put, ...changes.remove.map((r) => ({ ...r, d: null }))].filter(
    (c) => storeOf(c.key) !== null,
  );
  let changed = false;
  if (records.length > 0) {
    const db = await getDb();
    // Where this context keeps the copy of today's list (Firefox's event page), it is dropped first.
    const ticket = beginWinWrite();
    try {
      const tx = db.transaction(['wins', 'reflections'], 'readwrite', { durability: 'strict' });
      for (const { key, d, was } of records) {
        const store = tx.objectStore(storeOf(key) ?? 'wins');
        const id = key.slice(2);
        if (!sameData(await store.get(id), was)) continue;
        if (d === null) await store.delete(id);
        else await store.put(d as never);
        changed = true;
      }
      await tx.done;
    } finally {
      endWinWrite(ticket);
    }
    if (changed) announce('wins', 'reflections');
  }
  const settingsChange = [...changes.put, ...changes.remove].some(
    (c) => c.key.startsWith('s:') || c.key.startsWith('site:'),
  );
  if (settingsChange) {
    const settingsChanged = await inSettingsTurn(async () => {
      const before = await loadSettings();
      const after = normalizeSettings(applyToSettings(before, changes));
      if (sameData(before, after)) return false;
      await saveSettings(after);
      return true;
    });
    if (settingsChanged) changed = true;
  }
  return changed;
}
