import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  SETTINGS_KEY,
  updateSettings,
} from '../../utils/settings';

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
    });
    expect(repaired).toEqual({
      version: 1,
      sites: [{ host: 'social.example', label: 'Social', dailyMinutes: 30 }],
      snoozeMinutes: 5,
      dayStartHour: 4,
      showBadge: true,
      recapHour: 18,
      reviewWeekday: 0,
    });
  });

  it('updates by reading, changing and writing back', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { snoozeMinutes: 2 } });
    await updateSettings((s) => ({ ...s, dayStartHour: 3 }));
    expect(await loadSettings()).toMatchObject({ snoozeMinutes: 2, dayStartHour: 3 });
  });
});
