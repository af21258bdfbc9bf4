// Backup format 3: a reflection may be a site intention (kind 'visit', with
// its site) and a limited site may ask for one. Both travel through export
// and import; files of versions 1 and 2 still import, and anything a visit
// could not have been is refused by name.
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, buildBackup, parseBackup } from '../../../utils/core/backup';
import type { Reflection } from '../../../utils/core/reflections';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../utils/core/settings';
import type { SiteRule } from '../../../utils/core/sites';
import { importData, readAll } from '../../../utils/store/data';
import { NOW, reflection, sample, win } from './backup-seeds';

const visit: Reflection = {
  id: 'visit:2026-11-22:social.example',
  kind: 'visit',
  day: '2026-11-22',
  site: 'social.example',
  text: 'reply to Sam',
  at: NOW - 600_000,
};
const asking: SiteRule = {
  host: 'social.example',
  label: 'social.example',
  dailyMinutes: 30,
  intention: true,
};

const withVisit = () => {
  const doc = sample();
  return {
    ...doc,
    reflections: [reflection, visit],
    settings: { ...doc.settings, sites: [asking] },
  };
};
const parse = (doc: unknown) => parseBackup(JSON.stringify(doc), NOW);

describe('backup format 3', () => {
  it('is the version an export writes, or an earlier one', () => {
    expect(BACKUP_VERSION).toBeGreaterThanOrEqual(3);
    expect(sample().version).toBe(BACKUP_VERSION);
  });

  it('brings back a site intention and a site that asks for one, and a second import adds nothing', async () => {
    const parsed = parse(withVisit());
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    expect(parsed.data.settings.sites).toEqual([asking]);
    const first = await importData(parsed.data);
    expect(first.reflections.added).toBe(2);
    const all = await readAll();
    expect(all.reflections).toContainEqual(visit);
    expect(all.settings.sites).toEqual([asking]);
    expect((await importData(parsed.data)).reflections).toMatchObject({ added: 0, alreadyHere: 2 });
  });

  it('keeps older settings valid: a site without the field asks for nothing', () => {
    const settings = normalizeSettings({
      sites: [{ host: 'news.example', label: 'news.example', dailyMinutes: 10 }],
    });
    expect(settings.sites[0]).toEqual({
      host: 'news.example',
      label: 'news.example',
      dailyMinutes: 10,
    });
    expect(
      normalizeSettings({ sites: [{ ...asking, intention: 'yes' }] }).sites[0],
    ).not.toHaveProperty('intention');
  });

  it.each([
    ['a visit without its site', { site: undefined }, 'site'],
    ['a visit naming no host', { site: 'not a host' }, 'site'],
    ['a visit whose id names another site', { id: 'visit:2026-11-22:other.example' }, 'id'],
    ['a visit with an id of the day only', { id: 'visit:2026-11-22' }, 'id'],
    ['a visit longer than one short line', { text: 'x'.repeat(141) }, 'text'],
    ['a visit with a line break', { text: 'reply\nto Sam' }, 'text'],
    ['a visit with untrimmed text', { text: ' reply ' }, 'text'],
  ])('refuses %s', (_, change, field) => {
    const doc = { ...withVisit(), reflections: [{ ...visit, ...change }] };
    expect(parse(doc)).toEqual({
      ok: false,
      problem: { code: 'badRecord', store: 'reflections', index: 0, field },
    });
  });

  it('refuses a site on any other kind of reflection, and an intention setting that is not "on"', () => {
    const doc = { ...withVisit(), reflections: [{ ...reflection, site: 'social.example' }] };
    expect(parse(doc)).toMatchObject({ ok: false, problem: { field: 'site' } });
    const site = {
      ...withVisit(),
      settings: { ...DEFAULT_SETTINGS, sites: [{ ...asking, intention: 1 }] },
    };
    expect(parse(site)).toMatchObject({
      ok: false,
      problem: { store: 'settings.sites', field: 'intention' },
    });
  });

  it('still imports files of versions 1 and 2 as they were', async () => {
    for (const version of [1, 2]) {
      const doc = {
        ...sample(),
        version,
        wins:
          version === 2 ? [win('p', 'Walked', '2026-11-22', { proud: true })] : [win('a', 'Tea')],
      };
      const parsed = parse(doc);
      if (!parsed.ok)
        throw new Error(`version ${version} refused: ${JSON.stringify(parsed.problem)}`);
      expect(parsed.data.reflections).toEqual([reflection]);
      expect(parsed.data.settings.sites).toEqual(sample().settings.sites);
    }
    expect(parse({ ...sample(), version: BACKUP_VERSION + 1 })).toEqual({
      ok: false,
      problem: { code: 'newerVersion', version: BACKUP_VERSION + 1 },
    });
  });

  it('exports what it imports', () => {
    const doc = buildBackup(
      {
        wins: [],
        usage: [],
        reflections: [visit],
        settings: { ...DEFAULT_SETTINGS, sites: [asking] },
      },
      NOW,
    );
    const parsed = parse(doc);
    expect(parsed.ok && parsed.data.reflections).toEqual([visit]);
  });
});
