// "1 minute" / "12 minutes", through i18n.
import { t } from '../utils/i18n';

export function minutesText(minutes: number): string {
  return minutes === 1 ? t('minutesOne') : t('minutesMany', minutes);
}
