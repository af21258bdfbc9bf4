// The evening reminder's and rest days' settings: repaired when stored,
// carried by a backup, and refused by an import when the options page could
// not have saved them.
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../utils/core/backup-records';
import { DEFAULT_SETTINGS, mergeSettings, normalizeSettings } from '../../../utils/core/settings';

describe('the evening reminder and rest days in the settings', () => {
  it('start off: no reminder time, every day allowed, no rest days', () => {
    expect(DEFAULT_SETTINGS.nudgeMinute).toBe(null);
    expect(DEFAULT_SETTINGS.nudgeWeekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(DEFAULT_SETTINGS.restWeekdays).toEqual([]);
    expect(DEFAULT_SETTINGS.restDays).toEqual([]);
  });

  it('repair what is out of range without losing the rest', () => {
    const s = normalizeSettings({
      nudgeMinute: 1440,
      nudgeWeekdays: [5, 1, 1, 9],
      restWeekdays: 'sunday',
      restDays: ['2026-03-04', '2026-02-30', '2026-03-01', '2026-03-04'],
    });
    expect(s.nudgeMinute).toBe(null);
    expect(s.nudgeWeekdays).toEqual([1, 5]);
    expect(s.restWeekdays).toEqual([]);
    expect(s.restDays).toEqual(['2026-03-01', '2026-03-04']);
    expect(normalizeSettings({ nudgeMinute: 21 * 60 + 30 }).nudgeMinute).toBe(21 * 60 + 30);
  });

  it('travel in a backup and come back whole', () => {
    const chosen = normalizeSettings({
      nudgeMinute: 21 * 60,
      nudgeWeekdays: [1, 2, 3],
      restWeekdays: [0],
      restDays: ['2026-03-04'],
    });
    const checked = checkSettings(JSON.parse(JSON.stringify(chosen)));
    expect(checked).toEqual({ ok: true, settings: chosen });
    const merged = mergeSettings(DEFAULT_SETTINGS, chosen).settings;
    expect(merged).toMatchObject({
      nudgeMinute: 21 * 60,
      nudgeWeekdays: [1, 2, 3],
      restWeekdays: [0],
      restDays: ['2026-03-04'],
    });
  });

  it('keep the rest days already marked when another backup adds its own', () => {
    const here = normalizeSettings({ nudgeMinute: 20 * 60, restDays: ['2026-03-02'] });
    const incoming = normalizeSettings({ restDays: ['2026-03-04'] });
    expect(mergeSettings(here, incoming).settings.restDays).toEqual(['2026-03-02', '2026-03-04']);
  });

  it('refuse a reminder time or day list the options page could not have saved', () => {
    const problem = (field: string) => ({
      ok: false,
      problem: { code: 'badRecord', store: 'settings', index: -1, field },
    });
    expect(checkSettings({ nudgeMinute: '21:00' })).toEqual(problem('nudgeMinute'));
    expect(checkSettings({ nudgeWeekdays: [1, 8] })).toEqual(problem('nudgeWeekdays'));
    expect(checkSettings({ restWeekdays: 'weekend' })).toEqual(problem('restWeekdays'));
    expect(checkSettings({ restDays: ['yesterday'] })).toEqual(problem('restDays'));
  });
});
