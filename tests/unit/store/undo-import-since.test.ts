// Undoing an import takes back exactly what it brought, and nothing written
// since: wins saved since, proud marks, recaps and intentions, time counted
// since (also on a day the import raised) and sites added since all stay. A
// record the import brought that the person changed since stays as they left
// it, and is counted. An import cut off mid-way (its tab closed) leaves no
// undo behind.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../utils/core/backup';
import { readAll } from '../../../utils/store/data';
import { getDb, openSmallWinsDb } from '../../../utils/store/db';
import { saveReflection } from '../../../utils/store/reflections';
import { loadSettings, updateSettings } from '../../../utils/store/settings';
import { importWithUndo, undoableImport, undoImport } from '../../../utils/store/undo-import';
import { addUsage, readDayUsage } from '../../../utils/store/usage';
import { addRecap, addWin, editWin, setProud } from '../../../utils/store/wins';

const NOW = new Date(2026, 10, 23, 12).getTime();
const golden = () => {
  const parsed = parseBackup(readFileSync('tests/fixtures/backup-v1.json', 'utf8'), NOW);
  if (!parsed.ok) throw new Error('the golden backup was refused');
  return parsed.data;
};
const IMPORTED_WIN = '0b9f6c5e-1d2a-4c3b-8e7f-000000000001';

afterEach(() => vi.restoreAllMocks());

describe('undoing an import after more was written', () => {
  it('keeps every win, mark, recap, intention, minute and site written since, and takes back the import', async () => {
    const mine = await addWin({ text: 'Mine before the import' }, NOW - 3_600_000);
    if (!mine.ok) throw new Error('not saved');
    await importWithUndo(golden(), undefined, NOW);

    const since = await addWin({ text: 'Saved after the import' }, NOW + 60_000);
    await setProud(mine.win.id, true);
    await addRecap(['Walked in the park'], '2026-11-23', NOW + 120_000);
    await saveReflection({
      id: 'intention:2026-11-23',
      kind: 'intention',
      day: '2026-11-23',
      text: 'Rest well',
      at: NOW + 180_000,
    });
    await updateSettings((s) => ({
      ...s,
      sites: [...s.sites, { host: 'news.example', label: 'news.example', dailyMinutes: 15 }],
    }));
    await addUsage('2026-11-23', 'news.example', 240_000);
    await addUsage('2026-11-21', 'social.example', 60_000); // a day the import brought

    expect(await undoImport()).toEqual({ kept: 0 });

    const after = await readAll();
    const texts = after.wins.map((w) => w.text).sort();
    expect(texts).toEqual([
      'Mine before the import',
      'Saved after the import',
      'Walked in the park',
    ]);
    expect(after.wins.find((w) => w.id === mine.win.id)?.proud).toBe(true);
    expect(after.wins.some((w) => w.id === (since.ok && since.win.id))).toBe(true);
    expect(after.reflections.map((r) => r.id).sort()).toEqual([
      'intention:2026-11-23',
      'recap:2026-11-23',
    ]);
    expect(after.settings.sites.map((s) => s.host)).toEqual(['news.example']);
    expect((await readDayUsage('2026-11-23'))['news.example']?.ms).toBe(240_000);
    // The import's 32 minutes go; the minute counted since stays.
    expect(await readDayUsage('2026-11-21')).toEqual({
      'social.example': { ms: 60_000, grantedMs: 0 },
    });
    expect(await undoableImport(NOW)).toBeUndefined();
  });

  it('leaves a record the import brought as the person changed it, and counts it', async () => {
    await importWithUndo(golden(), undefined, NOW);
    await setProud(IMPORTED_WIN, true);
    await editWin('0b9f6c5e-1d2a-4c3b-8e7f-000000000003', 'Took a mindful minute, twice');

    expect(await undoImport()).toEqual({ kept: 2 });
    const left = (await readAll()).wins;
    expect(left.map((w) => w.text).sort()).toEqual([
      'Finished the report #work',
      'Took a mindful minute, twice',
    ]);
    expect(left.find((w) => w.id === IMPORTED_WIN)?.proud).toBe(true);
  });

  it('keeps a site the person changed since and a setting they chose since', async () => {
    await importWithUndo(golden(), undefined, NOW);
    const imported = await loadSettings();
    expect(imported.dayStartHour).toBe(4); // a fresh start takes the backup's settings
    await updateSettings((s) => ({
      ...s,
      snoozeMinutes: 9,
      sites: s.sites.map((site) => ({ ...site, dailyMinutes: 45 })),
    }));

    expect(await undoImport()).toEqual({ kept: 1 }); // the site
    const settings = await loadSettings();
    expect(settings.snoozeMinutes).toBe(9);
    expect(settings.sites.map((s) => [s.host, s.dailyMinutes])).toEqual([['social.example', 45]]);
    expect(settings.dayStartHour).toBe(0); // the import's own choice is taken back
  });
});

describe('an import cut off mid-way', () => {
  it('leaves neither its records nor an offer to undo', async () => {
    await addWin({ text: 'Mine' }, NOW - 3_600_000);
    const db = await getDb();
    // The page closes as the last record is written: the import's transaction
    // aborts, the connection goes, and no code of the page runs again.
    const started: IDBTransaction[] = [];
    const open = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const tx = open.apply(this, args);
      started.push(tx);
      return tx;
    });
    const closeTab = () => {
      const importing = started.findLast(
        (tx) => tx.mode === 'readwrite' && tx.objectStoreNames.contains('wins'),
      );
      importing?.abort();
      db.close();
    };
    await expect(importWithUndo(golden(), closeTab, NOW)).rejects.toThrow();
    vi.restoreAllMocks();

    const next = await openSmallWinsDb(); // the next page
    expect((await next.getAll('wins')).map((w) => w.text)).toEqual(['Mine']);
    expect(await next.count('snapshots')).toBe(0);
    next.close();
  });
});
