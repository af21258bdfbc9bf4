// Everything the user owns, read out for export, brought back by import (one
// transaction: all or nothing, merged by id so a second import adds
// nothing), or deleted on request. Both drop the synchronous copy of today's
// list first (./snapshot.ts), so no page paints what was there before.
import { browser } from 'wxt/browser';
import type { BackupData } from '@/utils/core/backup';
import type { ImportChanges } from '@/utils/core/import-changes';
import { mergeSettings, normalizeSettings } from '@/utils/core/settings';
import { mergeUsage } from '@/utils/core/usage';
import { announce } from '@/utils/messages';
import { giveBackEverything } from './access';
import { type Db, getDb } from './db';
import { keepChanges, keepSettingsChange } from './import-changes';
import { clearAllItems, lastExportItem } from './items';
import { currentDay, loadSettings, mergeIntoSettings } from './settings';
import { beginWinWrite, endWinWrite, forgetSnapshot, keepsSnapshot } from './snapshot';
import { listDay } from './wins';

export async function readAll(): Promise<BackupData> {
  const db = await getDb();
  const [wins, usage, reflections, settings] = await Promise.all([
    db.getAll('wins'),
    db.getAll('usage'),
    db.getAll('reflections'),
    loadSettings(),
  ]);
  return { wins, usage, reflections, settings };
}

export async function noteExport(now: number): Promise<void> {
  await lastExportItem.setValue(now);
}

export async function lastExportAt(): Promise<number | undefined> {
  return (await lastExportItem.getValue()) ?? undefined;
}

/**
 * What became of one kind of record: new here, merged into one already here
 * (usage keeps the larger count), the same as one already here, or skipped
 * because a different one is already here and that one is kept.
 */
export interface KindReport {
  added: number;
  updated: number;
  alreadyHere: number;
  skipped: number;
}

export interface ImportReport {
  wins: KindReport;
  reflections: KindReport;
  usage: KindReport;
  sites: KindReport;
  /** The hosts of the sites added, to name them. */
  sitesAdded: string[];
}

/**
 * A request as a promise, even when making it throws (a record without a
 * key): every request of a chunk is then awaited together, and none is left
 * to reject unheard when the transaction rolls back.
 */
function settled<T>(make: () => Promise<T>): Promise<T> {
  try {
    return make();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Wins read and written together in one step of an import. */
const IMPORT_CHUNK = 500;

const none = (): KindReport => ({ added: 0, updated: 0, alreadyHere: 0, skipped: 0 });

/**
 * Imports `data`. With `keepAt`, what the import changed (./undo-import.ts)
 * is stored in the same transaction as its records, so an import cut off
 * mid-way (its tab closed) leaves neither its records nor an undo behind.
 */
export async function importData(
  data: BackupData,
  onProgress: (done: number, total: number) => void = () => {},
  keepAt?: number,
): Promise<ImportReport> {
  const db = await getDb();
  const total = data.wins.length + data.usage.length + data.reflections.length;
  const report: ImportReport = {
    wins: none(),
    reflections: none(),
    usage: none(),
    sites: none(),
    sitesAdded: [],
  };
  const ticket = beginWinWrite();
  try {
    return await importAll(db, data, { onProgress, total, keepAt }, report);
  } finally {
    endWinWrite(ticket);
    // Reading today again writes the copy back with what is stored now.
    if (keepsSnapshot())
      await currentDay()
        .then(listDay)
        .catch(() => undefined);
  }
}

interface ImportRun {
  onProgress: (done: number, total: number) => void;
  total: number;
  keepAt: number | undefined;
}

async function importAll(
  db: Db,
  data: BackupData,
  { onProgress, total, keepAt }: ImportRun,
  report: ImportReport,
): Promise<ImportReport> {
  // The backup rules load with the import, not with every page that reads data.
  const { sameRecord } = await import('@/utils/core/backup');
  const settingsBefore = await loadSettings();
  const changes: ImportChanges = {
    wins: [],
    reflections: [],
    usage: [],
    settings: {
      before: settingsBefore,
      after: normalizeSettings(mergeSettings(settingsBefore, data.settings).settings),
    },
  };
  const tx = db.transaction(['wins', 'usage', 'reflections', 'snapshots'], 'readwrite', {
    durability: 'strict',
  });
  const wins = tx.objectStore('wins');
  const usage = tx.objectStore('usage');
  const reflections = tx.objectStore('reflections');
  // On failure `done` rejects with the abort; the error thrown below says why.
  tx.done.catch(() => undefined);
  let done = 0;
  const tick = (n = 1) => {
    const before = done;
    done += n;
    if (Math.floor(done / 500) > Math.floor(before / 500) || done === total)
      onProgress(done, total);
  };
  try {
    // Wins go a chunk at a time: the chunk's reads issued together, then its
    // writes together, all in the one transaction (nothing else is awaited
    // inside it), so 100,000 wins take seconds, not minutes, each step is a
    // short task, and a cut-off import still leaves nothing behind.
    for (let start = 0; start < data.wins.length; start += IMPORT_CHUNK) {
      const chunk = data.wins.slice(start, start + IMPORT_CHUNK);
      const heres = await Promise.all(chunk.map((win) => settled(() => wins.get(win.id))));
      const writes: Promise<unknown>[] = [];
      chunk.forEach((win, i) => {
        const here = heres[i];
        if (!here) {
          writes.push(settled(() => wins.add(win)));
          changes.wins.push(win);
          report.wins.added++;
        } else if (sameRecord(here, win)) report.wins.alreadyHere++;
        else report.wins.skipped++;
      });
      await Promise.all(writes);
      tick(chunk.length);
    }
    for (const record of data.usage) {
      const here = await usage.get([record.day, record.host]);
      // The same day counted on two devices: keep the larger, never add twice.
      const merged = mergeUsage(record, here);
      if (!here) {
        await usage.add(merged);
        changes.usage.push({ after: merged });
        report.usage.added++;
      } else if (sameRecord(here, merged)) report.usage.alreadyHere++;
      else {
        await usage.put(merged);
        changes.usage.push({ before: here, after: merged });
        report.usage.updated++;
      }
      tick();
    }
    for (const reflection of data.reflections) {
      const here = await reflections.get(reflection.id);
      if (!here) {
        await reflections.add(reflection);
        changes.reflections.push(reflection);
        report.reflections.added++;
      } else if (sameRecord(here, reflection)) report.reflections.alreadyHere++;
      else report.reflections.skipped++;
      tick();
    }
    // Last, in the same transaction: the undo commits with the records or not at all.
    if (keepAt !== undefined) await keepChanges(tx.objectStore('snapshots'), changes, keepAt);
    await tx.done;
  } catch (error) {
    // Anything thrown mid-way rolls the whole import back.
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw error;
  }
  // Settings are written only after every record is safely stored.
  const { now, merged } = await mergeIntoSettings(data.settings);
  // Settings changed while the records were written: the undo learns what really changed.
  if (keepAt !== undefined && JSON.stringify(now) !== JSON.stringify(settingsBefore))
    await keepSettingsChange(now, normalizeSettings(merged.settings)).catch(() => undefined);
  report.sitesAdded = merged.added;
  report.sites = {
    added: merged.added.length,
    updated: 0,
    alreadyHere: merged.alreadyHere,
    skipped: merged.skipped,
  };
  announce('wins', 'usage', 'reflections');
  return report;
}

/**
 * Nothing remains that the product made or was given: every record and what
 * was kept to undo an import, every stored key (settings, reminders, the
 * worker's state), the copy of today's list, every alarm, and every optional
 * permission (host access, downloads, notifications). Files already saved in
 * the downloads folder are the person's own and stay (the page says where).
 */
export async function deleteEverything(): Promise<void> {
  const db = await getDb();
  beginWinWrite();
  const tx = db.transaction(['wins', 'usage', 'reflections', 'snapshots'], 'readwrite', {
    durability: 'strict',
  });
  await Promise.all([
    tx.objectStore('wins').clear(),
    tx.objectStore('usage').clear(),
    tx.objectStore('reflections').clear(),
    tx.objectStore('snapshots').clear(), // what was kept to undo an import
    tx.done,
  ]);
  await clearAllItems();
  forgetSnapshot();
  await Promise.all([browser.alarms.clearAll(), giveBackEverything()]);
  announce('wins', 'usage', 'reflections');
}
