// Backups people saved with earlier versions must import forever. The golden
// files under tests/fixtures/ are never edited: a test pins their bytes, and
// another imports each one into an empty database and checks every record.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/core/backup';
import { DEFAULT_SETTINGS } from '../../../utils/core/settings';
import { importData, readAll } from '../../../utils/store/data';

const NOW = new Date(2026, 10, 23, 12).getTime();
const golden = (version: number) => readFileSync(`tests/fixtures/backup-v${version}.json`, 'utf8');

const HASHES: Record<number, string> = {
  1: 'e7e8e4a1a71cb7008a69cf79d067dd03a9de86b626054cc2cec20431c45da819',
  // 2: a win may carry a proud mark.
  2: '74a7e6dd0e880fe5e79c40c97da5271596aa05b35d6afd96e42595a6dedfd584',
};

describe.each([1, 2])('golden backup of format version %i', (version) => {
  it('is the file it always was', () => {
    const hash = createHash('sha256').update(golden(version)).digest('hex');
    expect(hash).toBe(HASHES[version]);
  });

  it('imports every record, unchanged', async () => {
    const parsed = parseBackup(golden(version), NOW);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    const report = await importData(parsed.data);
    expect(report).toMatchObject({
      wins: { added: 5, alreadyHere: 0, skipped: 0 },
      reflections: { added: 2, alreadyHere: 0, skipped: 0 },
      usage: { added: 1 },
      sites: { added: 1 },
    });

    const file = JSON.parse(golden(version));
    const stored = await readAll();
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(stored.wins)).toEqual(byId(file.wins));
    // Usage from before version 3 counted no pauses, and gains none.
    expect(stored.usage).toEqual(file.usage);
    expect(byId(stored.reflections)).toEqual(byId(file.reflections));
    // Every setting the file has is kept; settings added since take their defaults.
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, ...file.settings });
    expect(file.settings.headsUpMinutes).toBeUndefined();
    expect(stored.settings).toMatchObject({ headsUpMinutes: 1, headsUpNotify: false });
  });
});
