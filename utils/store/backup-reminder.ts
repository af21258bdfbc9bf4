// What the backup reminder's rule (core/backup-reminder.ts) needs to know,
// read from where each fact lives: the oldest win's day, the day of install,
// and the newest backup, exported or automatic.
import type { BackupFacts } from '@/utils/core/backup-reminder';
import { firstDay } from './history';
import { autoBackupItem, lastExportItem, welcomedItem } from './items';

export async function backupFacts(): Promise<BackupFacts> {
  const [firstWinDay, installedAt, exportedAt, auto] = await Promise.all([
    firstDay(),
    welcomedItem.getValue(),
    lastExportItem.getValue(),
    autoBackupItem.getValue(),
  ]);
  const backups = [exportedAt, auto.lastAt].filter((at): at is number => at !== null);
  return {
    firstWinDay,
    installedAt: installedAt ?? undefined,
    lastBackupAt: backups.length > 0 ? Math.max(...backups) : undefined,
  };
}
