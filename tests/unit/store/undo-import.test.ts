// An import can be undone: with nothing written since, the data comes back
// exactly as it was (records and settings), for at least a day, and then
// what was kept to undo it is dropped. A refused import leaves nothing to
// undo. (What was written since: undo-import-since.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackup } from '../../../utils/core/backup';
import type { Win } from '../../../utils/core/win-rules';
import { readAll } from '../../../utils/store/data';
import { getDb } from '../../../utils/store/db';
import { saveReflection } from '../../../utils/store/reflections';
import { updateSettings } from '../../../utils/store/settings';
import {
  importWithUndo,
  UNDO_KEEP_MS,
  undoableImport,
  undoImport,
} from '../../../utils/store/undo-import';
import { setDayUsage } from '../../../utils/store/usage';
import { addWin } from '../../../utils/store/wins';

const NOW = new Date(2026, 10, 23, 12).getTime();
const golden = () => {
  const parsed = parseBackup(readFileSync('tests/fixtures/backup-v1.json', 'utf8'), NOW);
  if (!parsed.ok) throw new Error('the golden backup was refused');
  return parsed.data;
};

async function everything() {
  const db = await getDb();
  const stores = await Promise.all(
    (['wins', 'usage', 'reflections'] as const).map((name) => db.getAll(name)),
  );
  return JSON.stringify({ stores, storage: await fakeBrowser.storage.local.get(null) });
}

async function fill() {
  await updateSettings((s) => ({
    ...s,
    snoozeMinutes: 7,
    sites: [{ host: 'video.example', label: 'video.example', dailyMinutes: 20 }],
  }));
  await addWin({ text: 'Mine before the import #home' }, NOW - 3_600_000);
  await setDayUsage('2026-11-22', 'social.example', { ms: 120_000, grantedMs: 1000 });
  await saveReflection({
    id: 'recap:2026-11-22',
    kind: 'recap',
    day: '2026-11-22',
    text: 'ok',
    at: NOW,
  });
}

describe('undoing an import', () => {
  it('brings every record and the stored settings back byte for byte', async () => {
    await fill();
    const before = await everything();
    await importWithUndo(golden(), undefined, NOW);
    expect(await everything()).not.toBe(before);

    expect(await undoImport()).toEqual({ kept: 0 });
    expect(await everything()).toBe(before);
    expect(await undoableImport(NOW)).toBeUndefined();
  });

  it('brings back a fresh start, with the settings as they were, after importing into one', async () => {
    const before = await readAll();
    await importWithUndo(golden(), undefined, NOW);
    expect((await readAll()).wins.length).toBe(5);
    await undoImport();
    expect(await readAll()).toEqual(before);
  });

  it('can be done for at least a day, and then the kept copy is dropped', async () => {
    await importWithUndo(golden(), undefined, NOW);
    expect(await undoableImport(NOW + 86_400_000)).toEqual({ at: NOW, until: NOW + UNDO_KEEP_MS });
    expect(await undoableImport(NOW + UNDO_KEEP_MS + 1)).toBeUndefined();
    expect(await (await getDb()).count('snapshots')).toBe(0);
    expect(await undoImport()).toBeUndefined();
  });

  it('leaves nothing to undo when the import could not be written', async () => {
    await fill();
    const data = golden();
    // A record without a key: the store refuses it, and the whole import rolls back.
    const keyless = { ...(data.wins[0] as Win), id: undefined as unknown as string };
    const twice = { ...data, wins: [...data.wins, keyless] };
    const before = await everything();
    await expect(importWithUndo(twice, undefined, NOW)).rejects.toThrow();
    expect(await everything()).toBe(before);
    expect(await undoableImport(NOW)).toBeUndefined();
  });
});
