// Kind words for a site or budget the options page cannot accept.
import { t } from '../utils/i18n';
import type { SiteCheck } from '../utils/sites';

export function describeSiteProblem(check: Exclude<SiteCheck, { ok: true }>): string {
  switch (check.reason) {
    case 'empty':
      return t('siteErrorEmpty');
    case 'invalid':
      return t('siteErrorInvalid');
    case 'ip':
      return t('siteErrorIp');
    case 'localhost':
      return t('siteErrorLocalhost');
    case 'scheme':
      return t('siteErrorScheme');
  }
}
