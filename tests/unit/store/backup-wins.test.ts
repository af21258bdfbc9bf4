// The backup's wins: each field checked, refused with its name, or filed
// as the app itself would file it.
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup } from '../../../utils/core/backup';
import type { Win } from '../../../utils/core/win-rules';
import { NOW, parseChanged, win } from './backup-seeds';

describe('parseBackup: wins', () => {
  it.each([
    [
      'wins that are not a list',
      () => parseChanged((d) => ({ ...d, wins: {} })),
      { code: 'badRecord', store: 'wins', index: -1, field: 'wins' },
    ],
    [
      'a win without text',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[1] = { ...(d.wins as Win[])[1], text: '  ' } as Win;
        }),
      { code: 'badRecord', store: 'wins', index: 1, field: 'text' },
    ],
    [
      'a win with 10,000 characters',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a', 'x'.repeat(10_000));
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'text' },
    ],
    [
      'a number where text should be',
      () =>
        parseChanged((d) => {
          (d.wins as unknown[])[0] = { ...win('a', 'x'), text: 42 };
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'text' },
    ],
    [
      'a date far in the future',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a', 'later', '2031-01-01');
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'day' },
    ],
    [
      'an impossible date',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a', 'x', '2026-02-30');
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'day' },
    ],
    [
      'an unknown kind',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = { ...win('a', 'x'), kind: 'boast' as never };
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'kind' },
    ],
    [
      'duplicate ids',
      () =>
        parseChanged((d) => {
          (d.wins as Win[]).push(win('a', 'again'));
        }),
      { code: 'duplicateId', id: 'a' },
    ],
    [
      'a day that is not the day of its time',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = { ...win('a', 'x'), day: '2026-11-10' };
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'day' },
    ],
    [
      'a win in the year 100',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = { ...win('a', 'x'), day: '0100-03-01', at: -58_000_000_000_000 };
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'day' },
    ],
    [
      'a time before there were backups',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = { ...win('a', 'x'), at: -58_000_000_000_000 };
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'at' },
    ],
    [
      'a win the day after tomorrow',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a', 'x', '2026-11-24');
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'day' },
    ],
    [
      'a line break in a win',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a', 'one\ntwo');
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'text' },
    ],
    [
      'a control character in an id',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a\u0000', 'x');
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'id' },
    ],
    [
      'a win with nothing visible',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a', '\u200b');
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'text' },
    ],
    [
      '300,000 tags on a win',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a', 'x', '2026-11-22', {
            tags: Array.from({ length: 300_000 }, (_, i) => `t${i}`),
          });
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'tags' },
    ],
    [
      'a tag that could not come from text',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[0] = win('a', 'x', '2026-11-22', { tags: ['two words'] });
        }),
      { code: 'badRecord', store: 'wins', index: 0, field: 'tags' },
    ],
    [
      'a log-off from something that is not a host',
      () =>
        parseChanged((d) => {
          (d.wins as Win[])[1] = { ...(d.wins as Win[])[1], site: 'a b' } as Win;
        }),
      { code: 'badRecord', store: 'wins', index: 1, field: 'site' },
    ],
  ])('refuses %s', (_name, run, problem) => {
    expect(run()).toEqual({ ok: false, problem });
  });

  it('accepts a day one calendar day either side of its time, for backups from other zones', () => {
    for (const day of ['2026-11-21', '2026-11-23']) {
      const doc = { format: BACKUP_FORMAT, version: 1, wins: [{ ...win('a', 'x'), day }] };
      expect(parseBackup(JSON.stringify(doc), NOW).ok, day).toBe(true);
    }
  });

  it("files a win's tags as its text gives them, and keeps those beside its words (a goal's)", () => {
    const doc = {
      format: BACKUP_FORMAT,
      version: 1,
      wins: [
        win('a', 'Ran #far', '2026-11-22', { tags: ['write-a-book', 'far'] }),
        win('b', 'Called mum', '2026-11-22', { kind: 'recap', tags: [] }),
      ],
    };
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    expect(parsed.ok && parsed.data.wins.map((w) => w.tags)).toEqual([
      ['far', 'write-a-book'],
      ['recap'],
    ]);
  });

  it('keeps emoji, right-to-left text and HTML exactly', () => {
    const texts = ['🎉 Ran 5k', 'שתיתי מים', '<img src=x onerror=alert(1)>'];
    const doc = { format: BACKUP_FORMAT, version: 1, wins: texts.map((t, i) => win(`w${i}`, t)) };
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    expect(parsed.ok && parsed.data.wins.map((w) => w.text)).toEqual(texts);
  });
});
