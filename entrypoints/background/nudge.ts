// The evening nudge in the worker: its alarm fires, the pure rule
// (core/nudge.ts) decides, and at most one gentle notification shows. A click
// opens the recap ready to type. Chromium's notification also has two
// buttons, "in an hour" and "no more reminders"; Firefox shows no buttons on
// notifications, so there the recap the click opens offers the same two.
// Use of the browser is noted once a day from the person's own events.
import { browser } from 'wxt/browser';
import { decideNudge, nudgeWordsIndex } from '@/utils/core/nudge';
import { type MessageKey, t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import {
  NUDGE_ALARM,
  NUDGE_NOTIFICATION,
  NUDGE_SNOOZE_ALARM,
  scheduleNudge,
  snoozeNudge,
  stopNudges,
} from '@/utils/nudge-alarm';
import {
  forgetRetiredUseDay,
  markShown,
  noteUsed,
  nudgeFacts,
  readLog,
  readPlan,
} from '@/utils/store/nudge';
import { loadSettings } from '@/utils/store/settings';

/** The recap a nudge opens: on the new tab, ready to type. */
export const RECAP_PATH = '/newtab.html?recap=nudge';

async function show(day: string) {
  const allowed = await browser.permissions.contains({ permissions: ['notifications'] });
  if (!allowed) return;
  const words = `nudgeWords${nudgeWordsIndex(day)}` as MessageKey;
  await browser.notifications.create(NUDGE_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('extName'),
    message: t(words),
    ...(import.meta.env.FIREFOX
      ? {}
      : { buttons: [{ title: t('nudgeSnooze') }, { title: t('nudgeOff') }] }),
  });
  await markShown(day);
}

async function due(reason: 'time' | 'snooze', scheduledAt: number) {
  const now = Date.now();
  const plan = reason === 'time' ? await readPlan() : null;
  const day = reason === 'time' ? plan?.day : (await readLog()).day;
  if (day) {
    const decision = decideNudge(await nudgeFacts(now, { day, reason, scheduledAt }));
    if (decision.show) await show(decision.day);
  }
  // The next evening's, counted from this one's time (a test build's alarm comes early).
  if (reason === 'time') await scheduleNudge(now, (plan?.at ?? now) + 1);
}

async function clicked(id: string) {
  if (id !== NUDGE_NOTIFICATION) return;
  await browser.notifications.clear(id);
  await browser.tabs.create({ url: browser.runtime.getURL(RECAP_PATH) });
}

async function buttonClicked(id: string, index: number) {
  if (id !== NUDGE_NOTIFICATION) return;
  await browser.notifications.clear(id);
  if (index === 0) await snoozeNudge();
  else await stopNudges();
}

/** The person did something in the browser (one write a day at most). */
export function noteUse() {
  void (async () => {
    const { dayStartHour } = await loadSettings();
    await noteUsed(Date.now(), dayStartHour);
  })().catch((error: unknown) => logProblem('noting use', error));
}

const caught = (where: string) => (error: unknown) => logProblem(where, error);

export function reschedule() {
  scheduleNudge().catch(caught('scheduling the reminder'));
}

const onClicked = (id: string) => {
  clicked(id).catch(caught('opening the recap'));
};
const onButtonClicked = (id: string, index: number) => {
  buttonClicked(id, index).catch(caught('reminder choice'));
};

/** The notification's listeners, once the optional permission makes the API exist. */
function listenToNotifications() {
  const api = browser.notifications;
  if (!api || api.onClicked.hasListener(onClicked)) return;
  api.onClicked.addListener(onClicked);
  // Firefox has no notification buttons (the recap offers the same choices).
  api.onButtonClicked?.addListener(onButtonClicked);
}

/** Registers the nudge's listeners (synchronously, at the worker's start). */
export function listenForNudges() {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NUDGE_ALARM) due('time', alarm.scheduledTime).catch(caught('reminder'));
    if (alarm.name === NUDGE_SNOOZE_ALARM) {
      due('snooze', alarm.scheduledTime).catch(caught('reminder'));
    }
  });
  listenToNotifications();
  browser.permissions.onAdded.addListener(listenToNotifications);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') forgetRetiredUseDay().catch(caught('forgetting the old day of use'));
  });
}
