import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  buildBackup,
  MAX_IMPORT_BYTES,
  parseBackup,
  winsToCsv,
  winsToMarkdown,
} from '../../utils/backup';
import { importData, mergeSettings, readAll } from '../../utils/data';
import type { Reflection } from '../../utils/db';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { Win } from '../../utils/win-rules';
import { listDay } from '../../utils/wins';

const NOW = new Date(2026, 10, 22, 12).getTime();
const win = (id: string, text: string, day = '2026-11-22', extra: Partial<Win> = {}): Win => ({
  id,
  text,
  day,
  at: new Date(`${day}T09:00:00`).getTime(),
  kind: 'win',
  tags: [],
  ...extra,
});
const reflection: Reflection = {
  id: 'intention:2026-11-22',
  kind: 'intention',
  day: '2026-11-22',
  text: 'Finish the draft',
  at: NOW - 3600_000,
};
const sample = () =>
  buildBackup(
    {
      wins: [
        win('a', 'Drank water'),
        win('b', 'Logged off social.example', '2026-11-21', {
          kind: 'logoff',
          site: 'social.example',
          minutes: 32,
        }),
      ],
      usage: [{ day: '2026-11-21', host: 'social.example', ms: 1_920_000, grantedMs: 0 }],
      reflections: [reflection],
      settings: {
        ...DEFAULT_SETTINGS,
        snoozeMinutes: 2,
        sites: [{ host: 'social.example', label: 'social.example', dailyMinutes: 30 }],
      },
    },
    NOW,
  );

describe('parseBackup', () => {
  it('accepts its own export', () => {
    const parsed = parseBackup(JSON.stringify(sample()), NOW);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.wins).toHaveLength(2);
  });

  const bad = (mutate: (doc: Record<string, unknown>) => unknown) => {
    const doc = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
    return parseBackup(JSON.stringify(mutate(doc) ?? doc), NOW);
  };

  it.each([
    ['not JSON', () => parseBackup('{"format": "small-wins-backup", ', NOW), { code: 'notJson' }],
    ['an empty file', () => parseBackup('', NOW), { code: 'notJson' }],
    ['another JSON document', () => parseBackup('[1,2,3]', NOW), { code: 'notBackup' }],
    [
      "another app's export",
      () => bad((d) => ({ ...d, format: 'other-app' })),
      { code: 'notBackup' },
    ],
    [
      'an unknown version',
      () => bad((d) => ({ ...d, version: 99 })),
      { code: 'newerVersion', version: 99 },
    ],
    [
      'wins that are not a list',
      () => bad((d) => ({ ...d, wins: {} })),
      { code: 'badRecord', store: 'wins', index: -1, field: 'wins' },
    ],
    [
      'a win without text',
      () =>
        bad((d) => {
          (d.wins as Win[])[1] = { ...(d.wins as Win[])[1], text: '  ' } as Win;
        }),
      { code: 'badRecord', store: 'wins', index: 1, field: 'text' },
    ],
    [
      'a win with 10,000 characters',
      () =>
        bad((d) => {
          (d.wins as Win[])[0] = win('a', 'x'.repeat(10_000));
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'text' },
    ],
    [
      'a number where text should be',
      () =>
        bad((d) => {
          (d.wins as unknown[])[0] = { ...win('a', 'x'), text: 42 };
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'text' },
    ],
    [
      'a date far in the future',
      () =>
        bad((d) => {
          (d.wins as Win[])[0] = win('a', 'later', '2031-01-01');
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'day' },
    ],
    [
      'an impossible date',
      () =>
        bad((d) => {
          (d.wins as Win[])[0] = win('a', 'x', '2026-02-30');
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'day' },
    ],
    [
      'an unknown kind',
      () =>
        bad((d) => {
          (d.wins as Win[])[0] = { ...win('a', 'x'), kind: 'boast' as never };
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'kind' },
    ],
    [
      'duplicate ids',
      () =>
        bad((d) => {
          (d.wins as Win[]).push(win('a', 'again'));
        }),
      { code: 'duplicateId', id: 'a' },
    ],
    [
      'negative usage',
      () =>
        bad((d) => {
          (d.usage as unknown[])[0] = {
            day: '2026-11-21',
            host: 'x.example',
            ms: -5,
            grantedMs: 0,
          };
        }),
      { code: 'badRecord', store: 'usage', index: 0, field: 'ms' },
    ],
    [
      'a reflection of an unknown kind',
      () =>
        bad((d) => {
          (d.reflections as unknown[])[0] = { ...reflection, kind: 'diary' };
        }),
      { code: 'badRecord', store: 'reflections', index: 0, field: 'kind' },
    ],
    [
      'settings that are not an object',
      () => bad((d) => ({ ...d, settings: 'dark' })),
      { code: 'badRecord', store: 'settings', index: -1, field: 'settings' },
    ],
  ])('refuses %s', (_name, run, problem) => {
    expect(run()).toEqual({ ok: false, problem });
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(parseBackup(' '.repeat(MAX_IMPORT_BYTES + 1), NOW)).toEqual({
      ok: false,
      problem: { code: 'tooBig', maxBytes: MAX_IMPORT_BYTES },
    });
  });

  it('keeps emoji, right-to-left text and HTML exactly', () => {
    const texts = ['🎉 Ran 5k', 'שתיתי מים', '<img src=x onerror=alert(1)>'];
    const doc = { format: BACKUP_FORMAT, version: 1, wins: texts.map((t, i) => win(`w${i}`, t)) };
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    expect(parsed.ok && parsed.data.wins.map((w) => w.text)).toEqual(texts);
  });
});

describe('import into the database', () => {
  it('brings everything back, and a second import adds nothing', async () => {
    const parsed = parseBackup(JSON.stringify(sample()), NOW);
    if (!parsed.ok) throw new Error('sample should parse');
    const progress: number[] = [];
    const first = await importData(parsed.data, (done) => progress.push(done));
    expect(first).toEqual({
      winsAdded: 2,
      winsAlreadyHere: 0,
      reflectionsAdded: 1,
      sitesAdded: ['social.example'],
    });
    expect(progress.at(-1)).toBe(4);
    const second = await importData(parsed.data);
    expect(second).toEqual({
      winsAdded: 0,
      winsAlreadyHere: 2,
      reflectionsAdded: 0,
      sitesAdded: [],
    });
    const all = await readAll();
    expect(all.wins).toHaveLength(2);
    expect(all.usage).toEqual(sample().usage);
    expect(all.reflections).toEqual([reflection]);
    expect(all.settings.snoozeMinutes).toBe(2);
  });

  it('writes nothing when any record is refused by the database', async () => {
    const ok = win('fine', 'Fine');
    const broken = { ...win('broken', 'x'), id: {} } as unknown as Win; // not a valid key: the store throws
    await expect(
      importData({ wins: [ok, broken], usage: [], reflections: [], settings: DEFAULT_SETTINGS }),
    ).rejects.toThrow();
    expect(await listDay('2026-11-22')).toEqual([]);
    expect((await readAll()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps chosen settings and adds only new sites', () => {
    const mine = {
      ...DEFAULT_SETTINGS,
      snoozeMinutes: 10,
      sites: [{ host: 'a.example', label: 'a.example', dailyMinutes: 5 }],
    };
    const theirs = {
      ...DEFAULT_SETTINGS,
      snoozeMinutes: 1,
      sites: [
        { host: 'a.example', label: 'a.example', dailyMinutes: 50 },
        { host: 'b.example', label: 'b.example', dailyMinutes: 5 },
      ],
    };
    expect(mergeSettings(mine, theirs)).toEqual({
      settings: { ...mine, sites: [...mine.sites, theirs.sites[1]] },
      added: ['b.example'],
    });
  });
});

describe('readable exports', () => {
  const wins = [win('a', 'Said "no" politely'), win('b', '=HYPERLINK("x")', '2026-11-21')];

  it('writes CSV with quoting and no spreadsheet formulas', () => {
    const csv = winsToCsv(wins);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('day,time,kind,text,tags,site,minutes');
    expect(lines[1]).toContain('"\'=HYPERLINK(""x"")"');
    expect(lines[2]).toContain('"Said ""no"" politely"');
  });

  it('writes Markdown grouped by day, oldest first', () => {
    expect(winsToMarkdown(wins, 'Small Wins')).toBe(
      '# Small Wins\n\n## 2026-11-21\n\n- =HYPERLINK("x")\n\n## 2026-11-22\n\n- Said "no" politely\n',
    );
  });
});
