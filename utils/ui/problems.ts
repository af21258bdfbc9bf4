// A refused win or reflection in kind words. (A site's refusals are in
// site-problems.ts, a backup file's in import-problems.ts: the pages that
// take wins should not carry the site and backup rules.)
import type { ReflectionCheck } from '@/utils/core/reflections';
import type { TextCheck } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';

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

export function describeReflectionProblem(result: Exclude<ReflectionCheck, { ok: true }>) {
  switch (result.reason) {
    case 'empty':
      return t('reflectionEmpty');
    case 'control':
      return t('errorControl');
    case 'tooLong':
      return t('reflectionTooLong', result.max);
  }
}
