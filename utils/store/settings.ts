// Reading and writing the person's settings, and what the store derives from
// them: the current day under the person's own day start. Screens ask for
// "today" here instead of passing a day-start hour around.
import { normalizeSettings, type Settings } from '@/utils/core/settings';
import { settingsItem } from './items';
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

/** The page's changes so far, each read only once the one before is written. */
let changes: Promise<unknown> = Promise.resolve();

/**
 * Read, change and write back in one step. Changes made at once (two
 * controls a moment apart) run one after another, so none reads the
 * settings before another's write and undoes it; a change that fails does
 * not hold up the next.
 */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const run = changes.then(async () => {
    const next = normalizeSettings(change(await loadSettings()));
    await saveSettings(next);
    return next;
  });
  changes = run.catch(() => undefined);
  return run;
}

/** Calls `onChange` with the new settings whenever any page changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}

export { currentDay, currentDayAndStart } from './today';
