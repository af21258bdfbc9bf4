// The wrap-up's closing line in words, chosen for what the span held.
import type { Closing } from '@/utils/core/wrap-up';
import { t } from '@/utils/i18n';
import { plural } from '@/utils/ui/plural';

export function closingLine(closing: Closing, span: 'year' | 'month' = 'year'): string {
  switch (closing.kind) {
    case 'quiet':
      return t(span === 'year' ? 'wrapQuietYear' : 'wrapQuietMonth');
    case 'single':
      return t('wrapSingle');
    case 'gentle':
      return t('wrapClosingGentle');
    case 'proud':
      return t('wrapClosingProud', closing.count);
    case 'logoffs':
      return t('wrapClosingLogoffs', closing.count);
    case 'busy':
      return plural('wrapClosingBusy', closing.days, closing.days);
    case 'showingUp':
      return plural('wrapClosingShowingUp', closing.days, closing.days);
  }
}
