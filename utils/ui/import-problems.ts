// A backup file that can't be imported, in kind, specific words.
import type { ImportProblem } from '@/utils/core/backup';
import { t } from '@/utils/i18n';

export function describeImportProblem(problem: ImportProblem): string {
  switch (problem.code) {
    case 'tooBig':
      return t('importTooBig', Math.round(problem.maxBytes / 1024 / 1024));
    case 'notUtf8':
      return t('importNotUtf8');
    case 'notJson':
      return t('importNotJson');
    case 'notBackup':
      return t('importNotBackup');
    case 'newerVersion':
      return t('importNewer', problem.version);
    case 'badRecord':
      return problem.index < 0
        ? t('importBadList', problem.store)
        : t('importBadRecord', problem.index + 1, problem.store, problem.field);
    case 'duplicateId':
      return t('importDuplicate', problem.id);
  }
}
