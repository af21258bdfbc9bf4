// The wrap-up's closing line in words, chosen for what the span held.
import type { Closing } from '@/utils/core/wrap-up';
import { t } from '@/utils/i18n';
import { plural } from '@/utils/ui/plural';

export function closingLine(closing: Closing): string {
  switch (closing.kind) {
    case 'quiet':
      return t('wrapQuietYear');
    case 'single':
      return t('wrapSingle');
    case 'proud':
      return t('wrapClosingProud', closing.count);
    case 'logoffs':
      return t('wrapClosingLogoffs', closing.count);
    case 'showingUp':
      return plural('wrapClosingShowingUp', closing.days, closing.days);
  }
}
