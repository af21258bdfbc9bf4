// Moving through the chosen days a page at a time: earlier and later, and a
// list of every page by its days to jump straight to one.
import { useMemo } from 'preact/hooks';
import type { SharePage } from '@/utils/core/share-pages';
import { t } from '@/utils/i18n';
import { longDay } from '@/utils/ui/format';

interface Props {
  pages: readonly SharePage[];
  index: number;
  onChange: (index: number) => void;
}

function daysOf(page: SharePage): string {
  const first = page.days[0]?.day ?? '';
  const last = page.days[page.days.length - 1]?.day ?? first;
  return first === last ? longDay(first) : t('sharePageDays', longDay(first), longDay(last));
}

export function SharePager({ pages, index, onChange }: Props) {
  // Named once per range: a year has hundreds of pages, and every tick redraws.
  const names = useMemo(
    () => pages.map((page, i) => t('sharePageOption', i + 1, pages.length, daysOf(page))),
    [pages],
  );
  if (pages.length < 2) return null;
  return (
    <nav class="pager no-print" aria-label={t('sharePages')}>
      <button
        type="button"
        class="secondary"
        disabled={index === 0}
        onClick={() => onChange(index - 1)}
      >
        {t('shareEarlier')}
      </button>
      <label for="share-page">{t('sharePageLabel')}</label>
      <select
        id="share-page"
        value={String(index)}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      >
        {names.map((name, i) => (
          <option key={String(i)} value={String(i)}>
            {name}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="secondary"
        disabled={index === pages.length - 1}
        onClick={() => onChange(index + 1)}
      >
        {t('shareLater')}
      </button>
    </nav>
  );
}
