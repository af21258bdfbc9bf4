// The backup reminder speaks only when it is true and useful: after a week of
// wins on this device with no backup in the last month, never on a new profile.
import { describe, expect, it } from 'vitest';
import { type BackupFacts, backupReminderDue } from '@/utils/core/backup-reminder';
import { addDays, dayKey } from '@/utils/core/day';

const NOW = new Date(2026, 5, 15, 14, 30).getTime();
const TODAY = dayKey(NOW);
const DAY = 86_400_000;
const daysAgo = (n: number) => addDays(TODAY, -n);
const at = (n: number) => new Date(2026, 5, 15 - n, 10).getTime();
const facts = (f: Partial<BackupFacts>): BackupFacts => ({
  firstWinDay: undefined,
  installedAt: undefined,
  lastBackupAt: undefined,
  ...f,
});

describe('the backup reminder', () => {
  it.each<[string, Partial<BackupFacts>, boolean]>([
    ['a fresh profile with no wins', { installedAt: NOW - 5 * 60_000 }, false],
    [
      'a profile minutes old with its first win',
      { firstWinDay: TODAY, installedAt: NOW - 5 * 60_000 },
      false,
    ],
    ['six days of wins and no backup', { firstWinDay: daysAgo(6), installedAt: at(6) }, false],
    ['a week of wins and no backup', { firstWinDay: daysAgo(7), installedAt: at(7) }, true],
    ['a week of wins, install day unknown', { firstWinDay: daysAgo(7) }, true],
    [
      'a week in with a backup yesterday',
      { firstWinDay: daysAgo(7), installedAt: at(7), lastBackupAt: at(1) },
      false,
    ],
    [
      'a year in with a backup 29 days ago',
      { firstWinDay: daysAgo(365), lastBackupAt: at(29) },
      false,
    ],
    [
      'a year in with a backup 30 days ago',
      { firstWinDay: daysAgo(365), lastBackupAt: at(30) },
      true,
    ],
    [
      'old wins restored into a profile installed today',
      { firstWinDay: daysAgo(400), installedAt: NOW - 60_000 },
      false,
    ],
    [
      'old wins restored a week ago, no backup since',
      { firstWinDay: daysAgo(400), installedAt: at(7) },
      true,
    ],
    [
      'a backup time ahead of the clock is no backup',
      { firstWinDay: daysAgo(30), lastBackupAt: NOW + DAY },
      true,
    ],
  ])('%s', (_name, given, shown) => {
    expect(backupReminderDue(facts(given), NOW)).toBe(shown);
  });
});
