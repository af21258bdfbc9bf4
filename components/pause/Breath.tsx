// One calm breathing guide: seven slow breaths (about a minute, as the
// pause's "mindful minute" says), then it rests as the still sentence that
// Skip and prefers-reduced-motion show. It ends by itself because a pause
// is often left open in its tab, and the fading words repaint every frame
// while they move: an endless guide kept a sixth of a core busy for as long
// as the tab stayed open. When the guide rests, by itself or through Skip,
// keyboard focus on Skip moves to the still sentence instead of being lost.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export function Breath() {
  const [moving, setMoving] = useState(true);
  const skip = useRef<HTMLButtonElement>(null);
  const still = useRef<HTMLParagraphElement>(null);
  const focusStill = useRef(false);
  const rest = () => {
    focusStill.current = document.activeElement === skip.current;
    setMoving(false);
  };
  useEffect(() => {
    if (!moving && focusStill.current) still.current?.focus();
  }, [moving]);
  return (
    <div class={`breath ${moving ? 'moving' : 'still'}`}>
      <div class="breath-circle" aria-hidden="true" onAnimationEnd={rest} />
      <p class="breath-words moving-only" aria-hidden="true">
        <span class="in">{t('breatheIn')}</span> <span class="out">{t('breatheOut')}</span>
      </p>
      <p class="breath-words still-only" ref={still} tabIndex={-1}>
        {t('breatheStill')}
      </p>
      {moving && (
        <button type="button" class="secondary skip moving-only" ref={skip} onClick={rest}>
          {t('skipBreath')}
        </button>
      )}
    </div>
  );
}
