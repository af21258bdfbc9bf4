// Automatic backups as pure rules: when one is due, what the file is called,
// whether anything changed since the last one, and which old files go so
// that the newest seven stay. The store does the writing (store/auto-backup.ts).
import { dayKey } from './day';

export const BACKUP_FOLDER = 'Small Wins backups';
export const BACKUPS_KEPT = 7;
const DAY_MS = 86_400_000;

export interface AutoBackupState {
  on: boolean;
  /** When the newest automatic backup was written (epoch ms). */
  lastAt: number | null;
  /** Where the browser saved it (its full path, as the downloads list says). */
  lastFile: string | null;
  /** When the data was last compared with the newest backup. */
  checkedAt: number | null;
  /** A fingerprint of the data in the newest backup. */
  fingerprint: string | null;
  /** Why the last try could not save a file, until one is saved again. */
  problem: 'permission' | 'write' | null;
}

export const AUTO_BACKUP_OFF: AutoBackupState = {
  on: false,
  lastAt: null,
  lastFile: null,
  checkedAt: null,
  fingerprint: null,
  problem: null,
};

/** The file name, under the browser's downloads folder. */
export function backupFilename(now: number): string {
  return `${BACKUP_FOLDER}/small-wins-${dayKey(now)}.json`;
}

/** On, and neither a backup nor a look at the data happened in the last day. */
export function backupDue(state: AutoBackupState, now: number): boolean {
  if (!state.on) return false;
  const recent = (at: number | null) => at !== null && now - at < DAY_MS && at <= now;
  return !recent(state.lastAt) && !recent(state.checkedAt);
}

/** A short fingerprint of a text (53-bit, two multiplicative hashes). */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What the downloads list says about one file. */
export interface DownloadedFile {
  id: number;
  filename: string;
  exists: boolean;
}

const BACKUP_FILE = /(^|[/\\])Small Wins backups[/\\]small-wins-(\d{4}-\d{2}-\d{2})\.json$/;

/** The day an automatic backup is named after, or undefined for any other file. */
export function backupDayOf(filename: string): string | undefined {
  return BACKUP_FILE.exec(filename)?.[2];
}

/**
 * Which downloads to tidy: files of all but the newest BACKUPS_KEPT days are
 * removed from the disk; every list entry for a removed file, and the older
 * entries of a file written again the same day (one file on disk, which
 * stays), are erased from the downloads list.
 */
export function backupsToForget(files: readonly DownloadedFile[]): {
  remove: number[];
  erase: number[];
} {
  const ours = files.filter((f) => backupDayOf(f.filename) !== undefined);
  const days = [...new Set(ours.map((f) => backupDayOf(f.filename) as string))].sort().reverse();
  const kept = new Set(days.slice(0, BACKUPS_KEPT));
  const remove: number[] = [];
  const erase: number[] = [];
  const newestOfDay = new Map<string, number>();
  for (const f of ours) {
    const day = backupDayOf(f.filename) as string;
    if (!kept.has(day)) {
      if (f.exists) remove.push(f.id);
      erase.push(f.id);
    } else newestOfDay.set(day, Math.max(newestOfDay.get(day) ?? -1, f.id));
  }
  for (const f of ours) {
    const day = backupDayOf(f.filename) as string;
    if (kept.has(day) && newestOfDay.get(day) !== f.id) erase.push(f.id);
  }
  return { remove, erase };
}
