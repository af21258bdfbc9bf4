// Turns a refused win into kind words for the person who typed it.
import { t } from '../utils/i18n';
import type { TextCheck } from '../utils/win-rules';

export function describeProblem(result: Exclude<TextCheck, { ok: true }>): string {
  switch (result.reason) {
    case 'empty':
      return t('errorEmpty');
    case 'tooLong':
      return t('errorTooLong', result.length, result.max);
    case 'control':
      return t('errorControl');
  }
}
