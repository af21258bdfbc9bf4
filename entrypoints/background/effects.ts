// Carries out what the tracker decided: save usage, set the one alarm, send a
// tab to the pause page, show minutes left on the badge.
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import type { Effect } from '../../utils/tracker';
import { addUsage } from '../../utils/usage';

export const TRACKER_ALARM = 'tracker';

export function pauseUrl(host: string, url: string, usedMs: number): string {
  const params = new URLSearchParams({ site: host, url, used: String(Math.round(usedMs)) });
  return browser.runtime.getURL(`/pause.html?${params}`);
}

function badgeText(minutesLeft: number): string {
  return minutesLeft < 100
    ? t('badgeMinutes', minutesLeft)
    : t('badgeHours', Math.floor(minutesLeft / 60));
}

export async function perform(effect: Effect): Promise<void> {
  switch (effect.type) {
    case 'addUsage':
      return addUsage(effect.day, effect.host, effect.ms);
    case 'setAlarm':
      return browser.alarms.create(TRACKER_ALARM, { when: effect.when });
    case 'clearAlarm':
      await browser.alarms.clear(TRACKER_ALARM);
      return;
    case 'pause':
      await browser.tabs.update(effect.tabId, {
        url: pauseUrl(effect.host, effect.url, effect.usedMs),
      });
      return;
    case 'badge': {
      const text = effect.minutesLeft === null ? '' : badgeText(effect.minutesLeft);
      await browser.action.setBadgeText({ tabId: effect.tabId, text }).catch(() => {});
      return;
    }
  }
}
