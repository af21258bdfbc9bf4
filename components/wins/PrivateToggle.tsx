// "Keep private" on one win: a marked win never comes back as "a win from
// the past", is never told in the wrap-up and starts unticked in Share.
import type { Win } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { setPrivate } from '@/utils/store/wins';

export function PrivateToggle({
  win,
  run,
}: {
  win: Win;
  run: (work: () => Promise<void>) => void;
}) {
  return (
    <button
      type="button"
      class={`link private${win.private ? ' on' : ''}`}
      aria-pressed={win.private === true}
      aria-label={t('privateToggle', win.text)}
      onClick={() => run(() => setPrivate(win.id, !win.private))}
    >
      {t('privateShort')}
    </button>
  );
}
