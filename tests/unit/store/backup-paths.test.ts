// Backup format 4: a limited site may be a part of a site ("video.test/shorts")
// wherever a site is named (settings, usage, the log-off win, a site
// intention). It goes out and comes back as written; a version-3 file (whole
// hosts only) still imports through the migration; a rule with a query is
// refused by name and changes nothing.
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, buildBackup, parseBackup } from '../../../utils/core/backup';
import { DEFAULT_SETTINGS } from '../../../utils/core/settings';
import { importData, readAll } from '../../../utils/store/data';
import { NOW, sample, win } from './backup-seeds';

const withPart = () =>
  buildBackup(
    {
      wins: [
        win('l', 'Logged off video.test/shorts after 12 min', '2026-11-21', {
          kind: 'logoff',
          site: 'video.test/shorts',
          minutes: 12,
        }),
      ],
      usage: [
        { day: '2026-11-21', host: 'video.test/shorts', ms: 720_000, grantedMs: 0, pauses: 1 },
        { day: '2026-11-21', host: 'video.test', ms: 900_000, grantedMs: 0 },
      ],
      reflections: [
        {
          id: 'visit:2026-11-21:video.test/shorts',
          kind: 'visit',
          day: '2026-11-21',
          site: 'video.test/shorts',
          text: 'one funny clip',
          at: new Date('2026-11-21T09:00:00').getTime(),
        },
      ],
      settings: {
        ...DEFAULT_SETTINGS,
        sites: [
          { host: 'video.test', label: 'video.test', dailyMinutes: 30 },
          {
            host: 'video.test/shorts',
            label: 'video.test/shorts',
            dailyMinutes: 10,
            intention: true,
          },
        ],
      },
    },
    NOW,
  );

describe('backup format 4: parts of sites', () => {
  it('is the version an export writes', () => {
    expect(BACKUP_VERSION).toBe(4);
    expect(withPart().version).toBe(4);
  });

  it('carries a part of a site out and back in as written, and a second import adds nothing', async () => {
    const doc = withPart();
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    await importData(parsed.data);
    const stored = await readAll();
    expect(stored.settings.sites).toEqual(doc.settings.sites);
    expect(stored.wins).toEqual(doc.wins);
    expect(stored.reflections).toEqual(doc.reflections);
    const byHost = <T extends { host: string }>(list: T[]) =>
      [...list].sort((a, b) => a.host.localeCompare(b.host));
    expect(byHost(stored.usage)).toEqual(byHost(doc.usage));
    const again = await importData(parsed.data);
    expect(again.wins).toMatchObject({ added: 0 });
    expect(again.usage).toMatchObject({ added: 0, updated: 0 });
    const back = parseBackup(JSON.stringify(buildBackup(await readAll(), NOW)), NOW);
    expect(back.ok && back.data.settings.sites).toEqual(doc.settings.sites);
  });

  it('reads a part of a site however the file spells it, in the one form', () => {
    const doc = withPart() as unknown as { settings: { sites: Record<string, unknown>[] } };
    doc.settings.sites[1] = { ...doc.settings.sites[1], host: 'www.Video.test/Shorts/' };
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    expect(parsed.ok && parsed.data.settings.sites[1]?.host).toBe('video.test/shorts');
  });

  it('imports a version-3 file, whose sites are whole hosts, through the migration', async () => {
    const doc = { ...sample(), version: 3 };
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    await importData(parsed.data);
    expect((await readAll()).settings.sites).toEqual(sample().settings.sites);
  });

  it.each([
    ['settings.sites', 'host', 'video.test/watch?v=1'],
    ['usage', 'host', 'video.test/shorts#top'],
  ])(
    'refuses a %s rule with a query or fragment by name, and changes nothing',
    async (store, field, bad) => {
      const before = await readAll();
      const doc = withPart() as unknown as Record<string, unknown>;
      if (store === 'usage') {
        (doc.usage as Record<string, unknown>[])[0] = { ...withPart().usage[0], host: bad };
      } else {
        const settings = doc.settings as { sites: Record<string, unknown>[] };
        settings.sites[1] = { ...settings.sites[1], host: bad };
      }
      const parsed = parseBackup(JSON.stringify(doc), NOW);
      expect(parsed).toMatchObject({ ok: false, problem: { code: 'badRecord', store, field } });
      expect(await readAll()).toEqual(before);
    },
  );
});
