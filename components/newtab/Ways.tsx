// The new tab's quiet way on, at its foot: the Look back page (also by the
// L key, whenever the focus is not in a field where L is typed) and the
// settings. It arrives with the card for the moment, so it moves nothing
// the first paint drew.
import { useEffect } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { isLookBackKey, LOOK_BACK_KEY } from '@/utils/ui/look-back-key';

export const LOOK_BACK_URL = '/lookback.html';

export function Ways() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isLookBackKey(event)) return;
      event.preventDefault();
      location.assign(LOOK_BACK_URL);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <nav class="ways" aria-label={t('waysLabel')}>
      <a
        href={LOOK_BACK_URL}
        aria-keyshortcuts={LOOK_BACK_KEY}
        title={t('lookBackKey')}
        aria-label={t('lookBackLink')}
      >
        {t('lookBackLink')} <kbd>{LOOK_BACK_KEY}</kbd>
      </a>
      <a href="/options.html">{t('openOptions')}</a>
    </nav>
  );
}
