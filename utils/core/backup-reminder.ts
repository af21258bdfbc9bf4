// When "It's been a while since your last backup" is true and useful: only
// once the person has kept wins here for a week (never on a profile minutes
// old, nor on the day a backup was restored into a new one), and only when
// no backup, exported or automatic, is newer than a month. Counted in days,
// so a daylight-saving change moves nothing.
import { addDays, type DayKey, dayKey } from './day';

/** Days of wins kept on this device before a backup is worth a word. */
export const REMIND_AFTER_DAYS = 7;
/** How long a backup, exported or automatic, counts as recent. */
export const BACKUP_RECENT_DAYS = 30;

export interface BackupFacts {
  /** The day of the oldest win, or undefined when there is none. */
  firstWinDay: DayKey | undefined;
  /** When Small Wins was installed on this device (epoch ms), if known. */
  installedAt: number | undefined;
  /** The newest backup of any kind: an export or an automatic backup (epoch ms). */
  lastBackupAt: number | undefined;
}

/** Whether the gentle backup reminder shows at `now`. */
export function backupReminderDue(facts: BackupFacts, now: number): boolean {
  if (facts.firstWinDay === undefined) return false;
  const today = dayKey(now);
  // Wins restored into a new profile are as old as the install, not older.
  const installDay = facts.installedAt === undefined ? undefined : dayKey(facts.installedAt);
  const since =
    installDay !== undefined && installDay > facts.firstWinDay ? installDay : facts.firstWinDay;
  if (addDays(since, REMIND_AFTER_DAYS) > today) return false;
  if (facts.lastBackupAt === undefined || facts.lastBackupAt > now) return true;
  return addDays(dayKey(facts.lastBackupAt), BACKUP_RECENT_DAYS) <= today;
}
