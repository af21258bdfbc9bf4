// Every extension-storage key, declared once. Pages, the worker and the data
// tools read and write through these items, so a key is never spelled twice
// and "delete everything" knows what exists.
import type { AutoBackupState } from '@/utils/core/auto-backup';
import type { IntentionMarks } from '@/utils/core/intention';
import type { NudgeLog } from '@/utils/core/nudge';
import type { TrackerState } from '@/utils/core/tracker';
import { storage } from './item';

/** The person's settings (normalised on every read; see core/settings.ts). */
// The record carries its own `version`; normalizeSettings migrates older ones.
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null });

/** When the last JSON backup was exported (epoch ms). */
export const lastExportItem = storage.defineItem<number | null>('local:lastExportAt', {
  fallback: null,
});

/**
 * Automatic backups on this device: on or off, the newest one and any
 * problem saving it. Not part of a backup: another computer has its own.
 */
// The fallback is AUTO_BACKUP_OFF, spelled here so every page need not load the backup rules.
export const autoBackupItem = storage.defineItem<AutoBackupState>('local:autoBackup', {
  fallback: {
    on: false,
    lastAt: null,
    lastFile: null,
    checkedAt: null,
    fingerprint: null,
    problem: null,
  },
});

/**
 * When the welcome page was opened. Chromium says "install" at every start
 * of a browser that loads an unpacked extension from its command line, so
 * the reason alone would greet the person again and again.
 */
export const welcomedItem = storage.defineItem<number | null>('local:welcomedAt', {
  fallback: null,
});

/** The day the person said "Not today" to the evening recap. */
export const recapDismissedItem = storage.defineItem<string | null>('local:recapDismissedDay', {
  fallback: null,
});

/**
 * When each site asking for an intention last had its page passed and last
 * paused (core/intention.ts). Kept across browser restarts: the first visit
 * of the day is asked once, however often the browser starts.
 */
export const intentionMarksItem = storage.defineItem<IntentionMarks | null>(
  'local:intentionMarks',
  { fallback: null },
);

/** The evening nudge shown today, and whether "in an hour" was chosen (core/nudge.ts). */
export const nudgeLogItem = storage.defineItem<NudgeLog>('local:nudgeLog', {
  fallback: { day: null, snoozed: false },
});

/**
 * The person's day the evening nudge's alarm is set for, and the instant of
 * its clock time; what the worker checks against when it fires.
 */
export const nudgePlanItem = storage.defineItem<{ day: string; at: number } | null>(
  'local:nudgePlan',
  { fallback: null },
);

/**
 * When the person was first seen using the browser on their latest day (no
 * nudge on a day it was not used). An instant, not a day: the day is read
 * under the day start in force, which may change after it was written.
 */
export const usedAtItem = storage.defineItem<number | null>('local:usedAt', { fallback: null });
/** What older versions kept instead (a day key); an update removes it. */
export const retiredUseDayItem = storage.defineItem<string | null>('local:usedDay', {
  fallback: null,
});

/** The worker's time-accounting state; lives only for the browser session. */
export const trackerStateItem = storage.defineItem<TrackerState | null>('session:tracker', {
  fallback: null,
});

/** Removes every key the extension ever stored, in both areas. */
export async function clearAllItems(): Promise<void> {
  await Promise.all([storage.clear('local'), storage.clear('session')]);
}
