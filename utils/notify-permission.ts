// The optional notification permission serves two settings: the heads-up's
// notification and the evening reminder. It is given back only when neither
// uses it any more, so turning one off never silences the other.
import { browser } from 'wxt/browser';
import { loadSettings } from '@/utils/store/settings';

/** The one optional permission both settings share. */
export const NOTIFICATIONS: { permissions: ['notifications'] } = { permissions: ['notifications'] };

/** Gives the permission back when no setting needs it (a build that requires it keeps it). */
export async function releaseNotificationsIfUnused(): Promise<void> {
  const s = await loadSettings();
  if (s.headsUpNotify || s.nudgeMinute !== null) return;
  await browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false);
}
