// Settings are repaired rather than dropped, and updated by read-change-write.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../utils/core/settings';
import { loadSettings, updateSettings } from '../../../utils/store/settings';

describe('settings', () => {
  it('starts from defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what is valid and repairs what is not, without dropping good sites', () => {
    const repaired = normalizeSettings({
      sites: [
        { host: 'social.example', label: 'Social', dailyMinutes: 30 },
        { host: 'social.example', label: 'again', dailyMinutes: 5 },
        { host: 'not a host', dailyMinutes: 30 },
        { host: 'news.example', dailyMinutes: 0 },
        'garbage',
      ],
      snoozeMinutes: 999,
      dayStartHour: 4,
      showBadge: 'yes',
      headsUpMinutes: 3,
      headsUpNotify: 'please',
    });
    expect(repaired).toEqual({
      version: 1,
      sites: [{ host: 'social.example', label: 'social.example', dailyMinutes: 30 }],
      snoozeMinutes: 5,
      dayStartHour: 4,
      showBadge: true,
      recapHour: 18,
      reviewWeekday: -1,
      weekStart: -1,
      steps: [],
      showBuiltInSteps: true,
      askEnergy: true,
      headsUpMinutes: 1,
      headsUpNotify: false,
      nudgeMinute: null,
      nudgeWeekdays: [0, 1, 2, 3, 4, 5, 6],
      restWeekdays: [],
      restDays: [],
      morningPrompts: [],
      eveningPrompts: [],
      promptOrder: 'turn',
      hideOnStart: false,
    });
  });

  it('shows every site as the host that is really limited, never a stored label', () => {
    const sites = normalizeSettings({
      sites: [
        { host: 'shop.test', label: 'shop.test\\evil', dailyMinutes: 5 },
        { host: 'mail.test', label: 'ｍａｉｌ.test', dailyMinutes: 5 },
        { host: 'news.test', label: 'ne\u200bws.test', dailyMinutes: 5 },
        { host: 'xn--bcher-kva.test', label: 'x'.repeat(3000), dailyMinutes: 5 },
      ],
    }).sites;
    expect(sites.map((s) => s.label)).toEqual([
      'shop.test',
      'mail.test',
      'news.test',
      'bücher.test',
    ]);
  });

  it('keeps a stored site written another way as the one host it is', () => {
    const sites = normalizeSettings({
      sites: [
        { host: 'Social.Example.', dailyMinutes: 5 },
        { host: 'www.social.example', dailyMinutes: 9 },
        { host: 'bücher.example', dailyMinutes: 5 },
      ],
    }).sites;
    expect(sites).toEqual([
      { host: 'social.example', label: 'social.example', dailyMinutes: 5 },
      { host: 'xn--bcher-kva.example', label: 'bücher.example', dailyMinutes: 5 },
    ]);
  });

  it('updates by reading, changing and writing back', async () => {
    await fakeBrowser.storage.local.set({ settings: { snoozeMinutes: 2 } });
    await updateSettings((s) => ({ ...s, dayStartHour: 3 }));
    expect(await loadSettings()).toMatchObject({ snoozeMinutes: 2, dayStartHour: 3 });
  });

  it('keeps every change when several are made at once, none undoing another', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, showBadge: false })),
      updateSettings((s) => ({ ...s, askEnergy: false })),
      updateSettings((s) => ({ ...s, snoozeMinutes: 10 })),
    ]);
    expect(await loadSettings()).toMatchObject({
      showBadge: false,
      askEnergy: false,
      snoozeMinutes: 10,
    });
  });
});
