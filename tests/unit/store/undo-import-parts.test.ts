// An import of many wins keeps the wins it added in parts beside its own
// record (one record of 100,000 wins was one long task to write), and undo
// gathers every part: each win the import brought goes, the parts go with
// it, and a win written since stays.
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../utils/store/db';
import { countWins } from '../../../utils/store/history';
import { IMPORT_ID, WINS_PART } from '../../../utils/store/import-changes';
import { importWithUndo, undoableImport, undoImport } from '../../../utils/store/undo-import';
import { addWin } from '../../../utils/store/wins';
import { manyWins, winsBackup } from './many-wins';

const NOW = Date.UTC(2025, 4, 2, 12);
const many = manyWins;
const backup = winsBackup;

describe('an import of many wins, undone', () => {
  it('keeps its added wins in parts of a bounded size, and undo takes back every one', async () => {
    const count = WINS_PART * 2 + 7;
    await importWithUndo(backup(many(count)), undefined, NOW);
    const db = await getDb();
    const records = await db.getAll('snapshots');
    const parts = records.filter((r) => r.id !== IMPORT_ID);
    expect(parts).toHaveLength(3);
    expect(Math.max(...parts.map((p) => p.winsPart?.length ?? 0))).toBe(WINS_PART);
    expect(records.find((r) => r.id === IMPORT_ID)?.changes?.wins).toEqual([]);
    expect(await undoableImport(NOW)).toBeDefined();

    const since = await addWin({ text: 'Written after the import' }, NOW + 1_000);
    if (!since.ok) throw new Error('not saved');
    expect(await countWins()).toBe(count + 1);

    await undoImport();
    expect(await countWins()).toBe(1);
    expect(await db.getAll('snapshots')).toEqual([]);
    expect(await undoableImport(NOW)).toBeUndefined();
  });
});
