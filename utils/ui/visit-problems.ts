// A refused site intention in kind words: a win's rules, said about an
// intention (apart from problems.ts, so the pages that take wins carry none of it).
import type { TextCheck } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';

export function describeVisitProblem(result: Exclude<TextCheck, { ok: true }>): string {
  switch (result.reason) {
    case 'empty':
      return t('intentionErrorEmpty');
    case 'tooLong':
      return t('intentionErrorTooLong', result.length, result.max);
    case 'control':
      return t('errorControl');
  }
}
