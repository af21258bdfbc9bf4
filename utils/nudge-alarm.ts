// The evening nudge's two alarms, set from the worker and from the recap a
// nudge opened (Firefox shows no buttons on a notification, so "in an hour"
// and "no more reminders" are offered beside the recap too). The wait is in
// the build's minutes (core/minute.ts): a test build's minute lasts seconds,
// so "a minute ahead" fires in seconds while the day and clock stay real.
import { browser } from 'wxt/browser';
import { dayKey } from '@/utils/core/day';
import { MINUTE_MS, minutesMs } from '@/utils/core/minute';
import { nextNudgeAt } from '@/utils/core/nudge';
import { releaseNotificationsIfUnused } from '@/utils/notify-permission';
import { markSnoozed, setPlan, turnNudgeOff } from '@/utils/store/nudge';
import { loadSettings } from '@/utils/store/settings';

export const NUDGE_ALARM = 'nudge';
export const NUDGE_SNOOZE_ALARM = 'nudge-snooze';
export const NUDGE_NOTIFICATION = 'nudge';
const SNOOZE_MINUTES = 60;

/** Real time until `at`, in the build's minutes. */
const waitFor = (now: number, at: number) => Math.max(0, ((at - now) / 60_000) * MINUTE_MS);

/** Sets (or clears) the alarm of the next nudge after `from`. */
export async function scheduleNudge(now = Date.now(), from = now): Promise<void> {
  const settings = await loadSettings();
  const at = nextNudgeAt(Math.max(now, from), settings);
  if (at === null) {
    await browser.alarms.clear(NUDGE_ALARM);
    await setPlan(null);
    return;
  }
  await setPlan({ day: dayKey(at, settings.dayStartHour), at });
  await browser.alarms.create(NUDGE_ALARM, { when: now + waitFor(now, at) });
}

/** "In an hour": one more nudge today, an hour from now. */
export async function snoozeNudge(now = Date.now()): Promise<void> {
  await markSnoozed();
  await browser.alarms.create(NUDGE_SNOOZE_ALARM, { when: now + minutesMs(SNOOZE_MINUTES) });
}

/** "No more reminders": the setting goes off and no alarm is left. */
export async function stopNudges(): Promise<void> {
  await turnNudgeOff();
  await Promise.all([
    browser.alarms.clear(NUDGE_ALARM),
    browser.alarms.clear(NUDGE_SNOOZE_ALARM),
    setPlan(null),
  ]);
  await releaseNotificationsIfUnused();
}
