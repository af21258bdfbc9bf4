// A site or budget the options page cannot accept, in kind words.
import { MAX_PATH_LENGTH } from '@/utils/core/site-parts';
import { MAX_HOST_LENGTH, type SiteCheck } from '@/utils/core/sites';
import { t } from '@/utils/i18n';

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
    case 'credentials':
      return t('siteErrorCredentials');
    case 'tooLong':
      return t('siteErrorTooLong', MAX_HOST_LENGTH);
    case 'query':
      return t('siteErrorQuery');
    case 'pathTooLong':
      return t('siteErrorPathTooLong', MAX_PATH_LENGTH);
  }
}
