// The rules of automatic backups: due once a day while on, named by the
// day, a fingerprint that notices any change, and only the newest seven
// days kept (a file saved twice the same day is one file).
import { describe, expect, it } from 'vitest';
import {
  AUTO_BACKUP_OFF,
  BACKUPS_KEPT,
  backupDayOf,
  backupDue,
  backupFilename,
  backupsToForget,
  fingerprint,
} from '../../../utils/core/auto-backup';

const NOW = new Date(2026, 10, 23, 12).getTime();
const DAY = 86_400_000;
const on = { ...AUTO_BACKUP_OFF, on: true };

describe('when an automatic backup is due', () => {
  it('is never while backups are off', () => {
    expect(backupDue(AUTO_BACKUP_OFF, NOW)).toBe(false);
  });

  it('is at once when none was saved yet', () => {
    expect(backupDue(on, NOW)).toBe(true);
  });

  it('waits a day after the newest backup, and a day after a look that found nothing new', () => {
    expect(backupDue({ ...on, lastAt: NOW - DAY + 1 }, NOW)).toBe(false);
    expect(backupDue({ ...on, lastAt: NOW - DAY }, NOW)).toBe(true);
    expect(backupDue({ ...on, lastAt: NOW - 3 * DAY, checkedAt: NOW - 60_000 }, NOW)).toBe(false);
  });

  it('is due again when the clock was set back past the newest backup', () => {
    expect(backupDue({ ...on, lastAt: NOW + 5 * DAY }, NOW)).toBe(true);
  });
});

describe('backup files', () => {
  it('are named by the local day, in their own folder', () => {
    expect(backupFilename(NOW)).toBe('Small Wins backups/small-wins-2026-11-23.json');
  });

  it('are told apart from exports and other downloads', () => {
    expect(backupDayOf('/home/a/Downloads/Small Wins backups/small-wins-2026-11-23.json')).toBe(
      '2026-11-23',
    );
    expect(
      backupDayOf('C:\\Users\\a\\Downloads\\Small Wins backups\\small-wins-2026-11-23.json'),
    ).toBe('2026-11-23');
    expect(backupDayOf('/home/a/Downloads/small-wins-2026-11-23.json')).toBeUndefined();
    expect(backupDayOf('/home/a/Downloads/Small Wins backups/notes.json')).toBeUndefined();
  });

  it('have a fingerprint that changes with any character', () => {
    expect(fingerprint('{"wins":[]}')).toBe(fingerprint('{"wins":[]}'));
    expect(fingerprint('{"wins":[]}')).not.toBe(fingerprint('{"wins":[1]}'));
  });
});

describe('tidying old backups', () => {
  const file = (id: number, day: string, exists = true) => ({
    id,
    filename: `/d/Small Wins backups/small-wins-${day}.json`,
    exists,
  });

  it('keeps the newest seven days and removes the files of older ones', () => {
    const days = Array.from({ length: 10 }, (_, i) => `2026-11-${String(10 + i).padStart(2, '0')}`);
    const files = days.map((day, i) => file(i + 1, day));
    const { remove, erase } = backupsToForget(files);
    expect(BACKUPS_KEPT).toBe(7);
    expect(remove).toEqual([1, 2, 3]);
    expect(erase).toEqual([1, 2, 3]);
  });

  it('never removes a file written again the same day, only its older list entry', () => {
    const { remove, erase } = backupsToForget([file(4, '2026-11-23'), file(9, '2026-11-23')]);
    expect(remove).toEqual([]);
    expect(erase).toEqual([4]);
  });

  it('leaves exports and files removed by hand alone on disk', () => {
    const files = [
      { id: 1, filename: '/d/small-wins-2026-01-01.json', exists: true },
      ...Array.from({ length: 8 }, (_, i) => file(i + 2, `2026-11-0${i + 1}`, i !== 0)),
    ];
    const { remove, erase } = backupsToForget(files);
    expect(remove).toEqual([]);
    expect(erase).toEqual([2]);
  });
});

describe('the stored state of backups', () => {
  it('starts off, the same as the rules say', async () => {
    const { autoBackupItem } = await import('../../../utils/store/items');
    expect(await autoBackupItem.getValue()).toEqual(AUTO_BACKUP_OFF);
  });
});
