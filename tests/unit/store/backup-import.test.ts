// Reading a backup file, importing it all or nothing, and the readable exports.
import { describe, expect, it } from 'vitest';
import { decodeBackup, parseBackup, winsToCsv, winsToMarkdown } from '../../../utils/core/backup';
import { DEFAULT_SETTINGS, mergeSettings } from '../../../utils/core/settings';
import type { Win } from '../../../utils/core/win-rules';
import { importData, readAll } from '../../../utils/store/data';
import { listDay } from '../../../utils/store/wins';

import { NOW, reflection, sample, win } from './backup-seeds';

describe('reading the file', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const text = '{"text": "café ☕"}';
    const bytes = new TextEncoder().encode(text);
    expect(decodeBackup(bytes)).toEqual({ ok: true, text });
    expect(decodeBackup(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text });
  });

  it('refuses a file in another encoding instead of garbling it', () => {
    const latin1 = Uint8Array.from('{"text": "café win"}', (c) => c.charCodeAt(0));
    expect(decodeBackup(latin1)).toEqual({ ok: false, problem: { code: 'notUtf8' } });
  });
});

describe('import into the database', () => {
  it('brings everything back, and a second import adds nothing', async () => {
    const parsed = parseBackup(JSON.stringify(sample()), NOW);
    if (!parsed.ok) throw new Error('sample should parse');
    const progress: number[] = [];
    const first = await importData(parsed.data, (done) => progress.push(done));
    expect(first).toEqual({
      wins: { added: 2, updated: 0, alreadyHere: 0, skipped: 0 },
      reflections: { added: 1, updated: 0, alreadyHere: 0, skipped: 0 },
      usage: { added: 1, updated: 0, alreadyHere: 0, skipped: 0 },
      sites: { added: 1, updated: 0, alreadyHere: 0, skipped: 0 },
      sitesAdded: ['social.example'],
    });
    expect(progress.at(-1)).toBe(4);
    const second = await importData(parsed.data);
    expect(second).toEqual({
      wins: { added: 0, updated: 0, alreadyHere: 2, skipped: 0 },
      reflections: { added: 0, updated: 0, alreadyHere: 1, skipped: 0 },
      usage: { added: 0, updated: 0, alreadyHere: 1, skipped: 0 },
      sites: { added: 0, updated: 0, alreadyHere: 1, skipped: 0 },
      sitesAdded: [],
    });
    const all = await readAll();
    expect(all.wins).toHaveLength(2);
    expect(all.usage).toEqual(sample().usage);
    expect(all.reflections).toEqual([reflection]);
    expect(all.settings.snoozeMinutes).toBe(2);
  });

  it('says what it kept when a record of any kind differs from the one already here', async () => {
    const parsed = parseBackup(JSON.stringify(sample()), NOW);
    if (!parsed.ok) throw new Error('sample should parse');
    await importData(parsed.data);
    const [first, second] = parsed.data.wins as [Win, Win];
    const report = await importData({
      wins: [{ ...first, text: 'Drank tea' }, second],
      reflections: [{ ...reflection, text: 'Rest' }],
      usage: [
        { day: '2026-11-21', host: 'social.example', ms: 2_000_000, grantedMs: 0 },
        { day: '2026-11-20', host: 'social.example', ms: 5, grantedMs: 0 },
      ],
      settings: {
        ...parsed.data.settings,
        sites: [
          { host: 'social.example', label: 'social.example', dailyMinutes: 99 },
          { host: 'm.social.example', label: 'm.social.example', dailyMinutes: 5 },
        ],
      },
    });
    expect(report).toEqual({
      wins: { added: 0, updated: 0, alreadyHere: 1, skipped: 1 },
      reflections: { added: 0, updated: 0, alreadyHere: 0, skipped: 1 },
      usage: { added: 1, updated: 1, alreadyHere: 0, skipped: 0 },
      sites: { added: 0, updated: 0, alreadyHere: 0, skipped: 2 },
      sitesAdded: [],
    });
    const all = await readAll();
    expect(all.reflections).toEqual([reflection]);
    expect(all.wins.find((w) => w.id === 'a')?.text).toBe('Drank water');
    expect(all.settings.sites).toEqual(sample().settings.sites);
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
      alreadyHere: 0,
      skipped: 1,
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
