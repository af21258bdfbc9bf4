// The words a shared list is written in, in the browser's language.
import type { ShareWords } from '@/utils/core/share';
import { rightToLeft, t } from '@/utils/i18n';
import { fullDate, longDay } from './format';

export function shareWords(from: string, to: string): ShareWords {
  return {
    title:
      from === to
        ? t('shareDocTitleOne', fullDate(from))
        : t('shareDocTitle', fullDate(from), fullDate(to)),
    noteLabel: t('shareNoteLabel'),
    proud: t('shareProudMark'),
    day: longDay,
    rightToLeft: rightToLeft(),
  };
}
