// Carries out what the tracker decided: save usage, set the one alarm, count
// a pause and send a tab to the pause page, show minutes left on the badge
// (in a calm colour in the heads-up before the pause), and the heads-up's one
// notification when the person allowed notifications.
//
// A store (packed) build's alarm cannot fire sooner than 30 s after it is
// set, so with less than that left the pause could come up to 29 s late.
// Then the worker, awake right after the event that set the alarm, also sets
// a timer for the exact moment that does the same as the alarm. Chrome stops
// an idle worker 30 s after its last event, so a timer this short runs; if the
// worker is stopped anyway the alarm still fires, a little late. A test build
// made with SMALL_WINS_CLAMP_ALARMS=1 clamps its alarms as a store build does.
import { browser } from 'wxt/browser';
import { pausePath } from '@/utils/core/pause-link';
import { displaySite } from '@/utils/core/sites';
import { type Effect, MIN_ALARM_MS } from '@/utils/core/tracker';
import { t } from '@/utils/i18n';
import { addUsage, countPause } from '@/utils/store/usage';
import { plural } from '@/utils/ui/plural';
import { noteAndSync } from './intention';

export const TRACKER_ALARM = 'tracker';

const CLAMP_ALARMS = import.meta.env.SMALL_WINS_CLAMP_ALARMS === '1';

/** What the effects call back into: the alarm's work, for the short timer. */
export interface Shell {
  onDue: (scheduledTime: number) => void;
}

// In flight only (not state), like the queue: lost harmlessly with the worker.
let soon: ReturnType<typeof setTimeout> | undefined;

function cancelSoon() {
  clearTimeout(soon);
  soon = undefined;
}

async function setAlarm(when: number, shell: Shell) {
  cancelSoon();
  const now = Date.now();
  await browser.alarms.create(TRACKER_ALARM, {
    when: CLAMP_ALARMS ? Math.max(when, now + MIN_ALARM_MS) : when,
  });
  if (when - now < MIN_ALARM_MS) {
    soon = setTimeout(
      () => {
        soon = undefined;
        shell.onDue(when);
      },
      Math.max(0, when - now),
    );
  }
}

/** The badge's usual colour, and the calm one of the heads-up before the pause. */
const BADGE_COLOUR = '#4a5568';
const HEADS_UP_COLOUR = '#2f7d6d';

async function notify(site: string, minutesLeft: number) {
  const host = displaySite(site);
  // Only if the person turned notifications on and the browser still allows them.
  const allowed = await browser.permissions.contains({ permissions: ['notifications'] });
  if (!allowed) return;
  await browser.notifications.create(`heads-up-${host}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('extName'),
    message: plural('headsUpNotice', minutesLeft, host, minutesLeft),
  });
}

function badgeText(minutesLeft: number): string {
  return minutesLeft < 100
    ? t('badgeMinutes', minutesLeft)
    : t('badgeHours', Math.floor(minutesLeft / 60));
}

export async function perform(effect: Effect, shell: Shell): Promise<void> {
  switch (effect.type) {
    case 'addUsage':
      return addUsage(effect.day, effect.host, effect.ms);
    case 'setAlarm':
      return setAlarm(effect.when, shell);
    case 'clearAlarm':
      cancelSoon();
      await browser.alarms.clear(TRACKER_ALARM);
      return;
    case 'countPause':
      return countPause(effect.day, effect.host);
    case 'pause':
      await browser.tabs.update(effect.tabId, {
        url: browser.runtime.getURL(
          pausePath({ site: effect.host, url: effect.url, usedMs: effect.usedMs }),
        ),
      });
      // Coming back after a pause asks for an intention again (when the site does).
      await noteAndSync('paused', effect.host);
      return;
    case 'badge': {
      const { tabId } = effect;
      const text = effect.minutesLeft === null ? '' : badgeText(effect.minutesLeft);
      const color = effect.headsUp ? HEADS_UP_COLOUR : BADGE_COLOUR;
      await browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => {});
      await browser.action.setBadgeText({ tabId, text }).catch(() => {});
      return;
    }
    case 'notify':
      return notify(effect.host, effect.minutesLeft).catch(() => {});
  }
}
