// Reading and writing the person's settings, and what the store derives from
// them: the current day under the person's own day start. Screens ask for
// "today" here instead of passing a day-start hour around.
import { mergeSettings, normalizeSettings, type Settings } from '@/utils/core/settings';
import { settingsItem } from './items';
import { oneAtATime } from './one-at-a-time';
import { invalidateSnapshot, rememberScreenSafe } from './snapshot';

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  const next = normalizeSettings(settings);
  await settingsItem.setValue(next);
  // The new tab's first paint hides personal text before any script reads the settings.
  rememberScreenSafe(next.hideOnStart);
  // The day start decides which day the copy of today's list is for.
  invalidateSnapshot();
}

/** The Web Lock every read-change-write of the settings takes. */
const SETTINGS_TURN = 'small-wins-settings';

/**
 * Runs `work`, which reads the settings and may write them back, with the
 * settings to itself: two changes made at once (two controls a moment
 * apart, two settings pages, a synced change arriving as the person
 * chooses) run one after another, so none reads the settings before
 * another's write and undoes it. Never call it from inside `work`.
 */
export function inSettingsTurn<T>(work: () => Promise<T>): Promise<T> {
  return oneAtATime(SETTINGS_TURN, work);
}

/** Read, change and write back in one step, in the settings' turn. */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return inSettingsTurn(async () => {
    const next = normalizeSettings(change(await loadSettings()));
    await saveSettings(next);
    return next;
  });
}

/** Adds imported settings to the stored ones in one turn: what was stored, and the merge. */
export function mergeIntoSettings(imported: Settings) {
  return inSettingsTurn(async () => {
    const now = await loadSettings();
    const merged = mergeSettings(now, imported);
    await saveSettings(merged.settings);
    return { now, merged };
  });
}

/** Calls `onChange` with the new settings whenever any page changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}

export { currentDay, currentDayAndStart } from './today';
