// One calm breathing guide. The animation can be skipped, and with
// prefers-reduced-motion it is a still sentence instead.
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export function Breath() {
  const [moving, setMoving] = useState(true);
  return (
    <div class={`breath ${moving ? 'moving' : 'still'}`}>
      <div class="breath-circle" aria-hidden="true" />
      <p class="breath-words moving-only" aria-hidden="true">
        <span class="in">{t('breatheIn')}</span> <span class="out">{t('breatheOut')}</span>
      </p>
      <p class="breath-words still-only">{t('breatheStill')}</p>
      {moving && (
        <button type="button" class="secondary skip moving-only" onClick={() => setMoving(false)}>
          {t('skipBreath')}
        </button>
      )}
    </div>
  );
}
