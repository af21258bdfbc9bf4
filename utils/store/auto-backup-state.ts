// What a page needs to show automatic backups: the state and its changes,
// and the permission they ask for. Light on purpose: the writing itself
// (auto-backup.ts) loads only when backups are turned on or due.
import type { AutoBackupState } from '@/utils/core/auto-backup';
import { autoBackupItem } from './items';

/**
 * What saving backups asks for, in one prompt. Chromium also needs
 * `downloads.ui` to save without opening its downloads bubble; Firefox has no
 * such permission and needs none: it opens its panel only for downloads
 * started in a click.
 */
export const DOWNLOADS: { permissions: ('downloads' | 'downloads.ui')[] } = {
  permissions: import.meta.env.FIREFOX ? ['downloads'] : ['downloads', 'downloads.ui'],
};

/** What writing a backup needs; the quiet bubble is a kindness on top. */
export const SAVE_FILES: { permissions: 'downloads'[] } = { permissions: ['downloads'] };

export function autoBackupState(): Promise<AutoBackupState> {
  return autoBackupItem.getValue();
}

export function watchAutoBackup(onChange: (state: AutoBackupState) => void): () => void {
  return autoBackupItem.watch(onChange);
}
