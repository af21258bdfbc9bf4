// The backup's usage, reflections and settings: each field checked, refused
// with its name, hosts filed under the one host they are.
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/core/backup';
import { NOW, parseChanged, reflection, sample } from './backup-seeds';

describe('parseBackup: usage, reflections and settings', () => {
  it.each([
    [
      'negative usage',
      () =>
        parseChanged((d) => {
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
        parseChanged((d) => {
          (d.reflections as unknown[])[0] = { ...reflection, kind: 'diary' };
        }),
      { code: 'badRecord', store: 'reflections', index: 0, field: 'kind' },
    ],
    [
      'settings that are not an object',
      () => parseChanged((d) => ({ ...d, settings: 'dark' })),
      { code: 'badRecord', store: 'settings', index: -1, field: 'settings' },
    ],
    [
      'usage the day after tomorrow',
      () =>
        parseChanged((d) => {
          (d.usage as unknown[])[0] = { day: '2026-11-24', host: 'x.example', ms: 5, grantedMs: 0 };
        }),
      { code: 'badRecord', store: 'usage', index: 0, field: 'day' },
    ],
    [
      'unlimited granted minutes',
      () =>
        parseChanged((d) => {
          (d.usage as unknown[])[0] = {
            day: '2026-11-21',
            host: 'x.example',
            ms: 5,
            grantedMs: 1e15,
          };
        }),
      { code: 'badRecord', store: 'usage', index: 0, field: 'grantedMs' },
    ],
    [
      'usage of something that is not a host',
      () =>
        parseChanged((d) => {
          (d.usage as unknown[])[0] = {
            day: '2026-11-21',
            host: 'x.example\n',
            ms: 5,
            grantedMs: 0,
          };
        }),
      { code: 'badRecord', store: 'usage', index: 0, field: 'host' },
    ],
    [
      'a reflection under an id the app never makes',
      () =>
        parseChanged((d) => {
          (d.reflections as unknown[])[0] = { ...reflection, id: 'mine' };
        }),
      { code: 'badRecord', store: 'reflections', index: 0, field: 'id' },
    ],
    [
      'a site label naming another host',
      () =>
        parseChanged((d) => {
          (d.settings as { sites: unknown[] }).sites[0] = {
            host: 'social.example',
            label: 'bank.example',
            dailyMinutes: 30,
          };
        }),
      { code: 'badRecord', store: 'settings.sites', index: 0, field: 'label' },
    ],
    [
      'a 3,000-character site label',
      () =>
        parseChanged((d) => {
          (d.settings as { sites: unknown[] }).sites[0] = {
            host: 'social.example',
            label: `${'x'.repeat(3000)}.social.example`,
            dailyMinutes: 30,
          };
        }),
      { code: 'badRecord', store: 'settings.sites', index: 0, field: 'label' },
    ],
    [
      'a site that is a link, not a host',
      () =>
        parseChanged((d) => {
          (d.settings as { sites: unknown[] }).sites[0] = {
            host: 'https://social.example/feed',
            label: 'social.example',
            dailyMinutes: 30,
          };
        }),
      { code: 'badRecord', store: 'settings.sites', index: 0, field: 'host' },
    ],
    [
      'a snooze the options page cannot set',
      () =>
        parseChanged((d) => {
          (d.settings as { snoozeMinutes: number }).snoozeMinutes = 999;
        }),
      { code: 'badRecord', store: 'settings', index: -1, field: 'snoozeMinutes' },
    ],
  ])('refuses %s', (_name, run, problem) => {
    expect(run()).toEqual({ ok: false, problem });
  });

  it.each([
    ['a negative count of pauses', -1],
    ['a fractional count of pauses', 1.5],
    ['pauses written as text', '3'],
    ['more pauses than seconds in a day', 86_401],
  ])('refuses %s, naming the field', (_name, pauses) => {
    const changed = parseChanged((d) => {
      (d.usage as Record<string, unknown>[])[0] = { ...sample().usage[0], pauses };
    });
    expect(changed).toEqual({
      ok: false,
      problem: { code: 'badRecord', store: 'usage', index: 0, field: 'pauses' },
    });
  });

  it('files a host however the backup spells it under the one host it is', () => {
    const doc = JSON.parse(JSON.stringify(sample()));
    doc.settings.sites[0] = {
      host: 'Social.Example.',
      label: 'www.SOCIAL.example',
      dailyMinutes: 30,
    };
    doc.usage[0].host = 'SOCIAL.example.';
    doc.wins[1].site = 'www.social.example';
    doc.settings.sites.push({ host: 'bücher.example', label: 'BÜCHER.example', dailyMinutes: 5 });
    const parsed = parseBackup(JSON.stringify(doc), NOW);
    if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
    expect(parsed.data.settings.sites).toEqual([
      { host: 'social.example', label: 'social.example', dailyMinutes: 30 },
      { host: 'xn--bcher-kva.example', label: 'bücher.example', dailyMinutes: 5 },
    ]);
    expect(parsed.data.usage[0]?.host).toBe('social.example');
    expect(parsed.data.wins[1]?.site).toBe('social.example');
  });
});
