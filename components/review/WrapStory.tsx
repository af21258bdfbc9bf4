// The wrap-up as a paced story: one screen at a time, Next and Back (and the
// arrow keys, mirrored in a right-to-left page), "2 of 6" said politely, and
// a link to see every screen on one page (which is also what print shows).
// Focus never stays on something that just went away: it moves to the new
// screen's heading.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { storyStep } from '@/utils/core/wrap-story';
import { t } from '@/utils/i18n';

export interface StoryItem {
  key: string;
  title: string;
  body: ComponentChildren;
}

interface Props {
  items: StoryItem[];
  onePage: boolean;
  /** Where the other way of reading it lives (the one page, or the story). */
  otherView: string;
}

const WIDGETS = 'input, select, textarea, [role="grid"], [contenteditable="true"]';

export function WrapStory({ items, onePage, otherView }: Props) {
  const [step, setStep] = useState(0);
  const moved = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const last = items.length - 1;
  const current = Math.min(step, last);
  // From the step as it is when the move lands, so quick presses all count.
  const move = (by: number) => {
    moved.current = true;
    setStep((from) => Math.max(0, Math.min(Math.min(from, last) + by, last)));
  };

  useEffect(() => {
    if (!moved.current) return;
    const active = document.activeElement as HTMLElement | null;
    const gone =
      !active ||
      active === document.body ||
      active.closest('[hidden]') !== null ||
      (active instanceof HTMLButtonElement && active.disabled);
    if (gone)
      root.current?.querySelector<HTMLElement>(`#story-${items[current]?.key}-heading`)?.focus();
  }, [current]);

  useEffect(() => {
    if (onePage) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if ((event.target as Element | null)?.closest?.(WIDGETS)) return;
      const by = storyStep(event.key, document.documentElement.dir === 'rtl');
      if (by === 0) return;
      event.preventDefault();
      move(by);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [last, onePage]);

  return (
    <div ref={root} class={onePage ? 'story one-page' : 'story'}>
      <p class="story-view">
        <a href={otherView}>{t(onePage ? 'wrapSeeStory' : 'wrapSeeAll')}</a>
      </p>
      {items.map((item, i) => (
        <section
          key={item.key}
          class={`story-screen screen-${item.key}`}
          aria-labelledby={`story-${item.key}-heading`}
          hidden={!onePage && i !== current}
        >
          <h2 id={`story-${item.key}-heading`} tabIndex={-1}>
            {item.title}
          </h2>
          {item.body}
        </section>
      ))}
      {!onePage && items.length > 1 && (
        <div class="story-controls">
          <button
            type="button"
            class="secondary story-previous"
            disabled={current === 0}
            onClick={() => move(-1)}
          >
            {t('wrapPrevious')}
          </button>
          <p class="story-progress" aria-live="polite">
            {t('wrapProgress', current + 1, items.length)}
          </p>
          <button
            type="button"
            class="story-next"
            disabled={current === last}
            onClick={() => move(1)}
          >
            {t('wrapNext')}
          </button>
        </div>
      )}
    </div>
  );
}
