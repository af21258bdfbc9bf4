// A large import goes in chunks inside one transaction: progress climbs in
// steps to the total, every win is in once, a second import adds nothing, a
// win already here and changed is kept as it is here, and a record refused in
// a late chunk rolls back the chunks already written: all or nothing.
import { describe, expect, it } from 'vitest';
import { parseBackup, parseBackupSteps } from '../../../utils/core/backup';
import type { Win } from '../../../utils/core/win-rules';
import { inTurns } from '../../../utils/next-task';
import { importData } from '../../../utils/store/data';
import { countWins } from '../../../utils/store/history';
import { addWin } from '../../../utils/store/wins';
import { manyWins, winsBackup } from './many-wins';

const many = manyWins;
const backup = winsBackup;

describe('a large import in chunks', () => {
  it('reports progress in steps up to the total and brings every win in once', async () => {
    const progress: number[] = [];
    const report = await importData(backup(many(1234)), (done, total) => {
      expect(total).toBe(1234);
      progress.push(done);
    });
    expect(report.wins.added).toBe(1234);
    expect(progress).toEqual([500, 1000, 1234]);
    expect(await countWins()).toBe(1234);
    const again = await importData(backup(many(1234)));
    expect(again.wins).toEqual({ added: 0, updated: 0, alreadyHere: 1234, skipped: 0 });
  });

  it('keeps a win already here that the file has changed', async () => {
    await importData(backup(many(3)));
    const changed = many(600).map((w, i) => (i === 1 ? { ...w, text: 'changed' } : w));
    const report = await importData(backup(changed));
    expect(report.wins).toEqual({ added: 597, updated: 0, alreadyHere: 2, skipped: 1 });
  });

  it('rolls back every chunk when a record in a late chunk is refused', async () => {
    await addWin({ text: 'already here' }, Date.UTC(2025, 3, 1, 9));
    const wins = many(1500);
    wins[1300] = { ...(wins[1300] as Win), id: undefined as unknown as string };
    await expect(importData(backup(wins))).rejects.toThrow();
    expect(await countWins()).toBe(1);
  });
});

describe('checking a large file in steps', () => {
  it('pauses every few thousand records and finds what checking it at once finds', async () => {
    const doc = { format: 'small-wins-backup', version: 1, wins: many(5000) };
    let pauses = 0;
    const stepped = await inTurns(parseBackupSteps(JSON.stringify(doc), Date.now()), async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(stepped).toEqual(parseBackup(JSON.stringify(doc), Date.now()));
    expect(stepped.ok && stepped.data.wins).toHaveLength(5000);
  });

  it('still names the first bad record, in a late step', async () => {
    const wins: unknown[] = many(4500);
    wins[4321] = { ...(wins[4321] as Win), kind: 'shout' };
    const doc = { format: 'small-wins-backup', version: 1, wins };
    const result = await inTurns(parseBackupSteps(JSON.stringify(doc), Date.now()), async () => {});
    expect(result).toMatchObject({ ok: false, problem: { code: 'badRecord', index: 4321 } });
  });
});
