// Every version of the backup format imports: a version-3 file carries the
// pauses counted per day and site, and version 1 and 2 files (which counted
// none) still import; a bad count is refused by name and changes nothing.
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, buildBackup, parseBackup } from '../../../utils/core/backup';
import { importData, readAll } from '../../../utils/store/data';
import { countPause, setDayUsage } from '../../../utils/store/usage';
import { NOW, sample } from './backup-seeds';

const withPauses = () => {
  const doc = sample();
  doc.usage = [
    { day: '2026-11-21', host: 'social.example', ms: 1_920_000, grantedMs: 0, pauses: 3 },
    { day: '2026-11-20', host: 'social.example', ms: 60_000, grantedMs: 0 },
  ];
  return doc;
};

describe('backup versions', () => {
  it('is version 3 or later, whose usage may carry pauses', () => {
    expect(BACKUP_VERSION).toBeGreaterThanOrEqual(3);
    expect(buildBackup(withPauses(), NOW)).toMatchObject({ version: BACKUP_VERSION });
  });

  it('carries the pauses out and back in, and a second import adds nothing', async () => {
    await setDayUsage('2026-11-22', 'social.example', { ms: 30_000, grantedMs: 0 });
    await countPause('2026-11-22', 'social.example');
    await countPause('2026-11-22', 'social.example');
    const exported = JSON.stringify(buildBackup(await readAll(), NOW));
    expect(JSON.parse(exported).usage).toEqual([
      { day: '2026-11-22', host: 'social.example', ms: 30_000, grantedMs: 0, pauses: 2 },
    ]);

    const parsed = parseBackup(JSON.stringify(withPauses()), NOW);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    expect(parsed.data.usage).toEqual(withPauses().usage);
    await importData(parsed.data);
    const again = await importData(parsed.data);
    expect(again.usage).toEqual({ added: 0, updated: 0, alreadyHere: 2, skipped: 0 });
    const back = parseBackup(exported, NOW);
    if (!back.ok) throw new Error('own export refused');
    await importData(back.data);
    const byDay = (await readAll()).usage.sort((a, b) => a.day.localeCompare(b.day));
    expect(byDay).toEqual([
      { day: '2026-11-20', host: 'social.example', ms: 60_000, grantedMs: 0 },
      { day: '2026-11-21', host: 'social.example', ms: 1_920_000, grantedMs: 0, pauses: 3 },
      { day: '2026-11-22', host: 'social.example', ms: 30_000, grantedMs: 0, pauses: 2 },
    ]);
  });

  it('keeps the larger count when the same day was counted on two devices', async () => {
    await setDayUsage('2026-11-21', 'social.example', { ms: 10_000, grantedMs: 0 });
    for (let i = 0; i < 5; i++) await countPause('2026-11-21', 'social.example');
    const parsed = parseBackup(JSON.stringify(withPauses()), NOW);
    if (!parsed.ok) throw new Error('refused');
    const report = await importData(parsed.data);
    expect(report.usage).toMatchObject({ added: 1, updated: 1 });
    const [here] = (await readAll()).usage.filter((u) => u.day === '2026-11-21');
    expect(here).toEqual({
      day: '2026-11-21',
      host: 'social.example',
      ms: 1_920_000,
      grantedMs: 0,
      pauses: 5,
    });
  });

  it.each([1, 2])('imports a version-%i file, whose usage counted no pauses', async (version) => {
    const doc = { ...sample(), version };
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    await importData(parsed.data);
    expect((await readAll()).usage).toEqual(sample().usage);
  });

  it('refuses a bad count of pauses by name, and changes nothing', async () => {
    await setDayUsage('2026-11-21', 'social.example', { ms: 10_000, grantedMs: 0 });
    const before = await readAll();
    const doc = withPauses() as unknown as { usage: Record<string, unknown>[] };
    doc.usage[1] = { ...doc.usage[1], pauses: -2 };
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    expect(parsed).toEqual({
      ok: false,
      problem: { code: 'badRecord', store: 'usage', index: 1, field: 'pauses' },
    });
    expect(await readAll()).toEqual(before);
  });
});
