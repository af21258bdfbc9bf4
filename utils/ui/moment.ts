// An instant in words, for the data section's backups and undo (loaded with
// that section only, not with every page).
import { uiLanguage } from '@/utils/i18n';

/** "Tuesday 4 March, 09:30" for an instant. */
export function momentText(at: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}
