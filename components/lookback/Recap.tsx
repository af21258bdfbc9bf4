// The evening recap: three good things that become wins (kind "recap"),
// saved with the recap itself in one step, or "Not today", remembered for
// the day. The day's site intentions are shown above it, for reference.
// Opened from the evening reminder (`ready`), its first field takes the focus
// as soon as the look back is shown. Folded (the new tab's evening card), it
// first asks in one line and opens its fields on a press.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import { checkWinText } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { recapDismissedItem } from '@/utils/store/items';
import { getReflection } from '@/utils/store/reflections';
import { addRecap } from '@/utils/store/wins';
import { describeProblem } from '@/utils/ui/problems';
import { DayIntentions } from './DayIntentions';

async function recapState(day: string): Promise<'open' | 'done' | 'dismissed'> {
  const [saved, dismissed] = await Promise.all([
    getReflection(`recap:${day}`),
    recapDismissedItem.getValue(),
  ]);
  return saved ? 'done' : dismissed === day ? 'dismissed' : 'open';
}

/** Focuses `field` once it can be seen (the look back appears whole, after its parts arrive). */
function focusWhenShown(field: HTMLElement, tries = 300): void {
  if (getComputedStyle(field).visibility === 'visible') {
    field.focus();
    field.scrollIntoView({ block: 'center' });
  } else if (tries > 0) requestAnimationFrame(() => focusWhenShown(field, tries - 1));
}

interface Props {
  day: string;
  /** Opened from the evening reminder: focus in the first field. */
  ready?: boolean;
  /** The evening question: the person's own, or the built-in one. */
  heading?: string;
  /** Ask in one line first; the fields open on a press (opened from the reminder: at once). */
  folded?: boolean;
}

export function Recap({ day, ready = false, heading = t('recapHeading'), folded = false }: Props) {
  const [opened, setOpened] = useState(!folded || ready);
  const live = useLive(() => recapState(day), [day], ['reflections']);
  const first = useRef<HTMLInputElement>(null);
  const [texts, setTexts] = useState(['', '', '']);
  const { busy, problem, setProblem, run } = useAction();

  function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const filled = texts.map((text) => text.trim()).filter(Boolean);
    if (filled.length === 0) return setProblem(t('recapNeedsOne'));
    for (const text of filled) {
      const check = checkWinText(text);
      if (!check.ok) return setProblem(describeProblem(check));
    }
    void run(async () => {
      await addRecap(filled, day);
      live.reload();
    });
  }

  const dismiss = () =>
    run(async () => {
      await recapDismissedItem.setValue(day);
      live.reload();
    });

  const state = live.data;
  useEffect(() => {
    if (ready && state === 'open' && first.current) focusWhenShown(first.current);
  }, [ready, state]);
  useEffect(() => {
    if (folded && opened && !ready) first.current?.focus();
  }, [opened]);
  if (state === undefined || state === 'dismissed') return null;
  return (
    <section class="card recap" aria-labelledby="recap-heading">
      <h2 id="recap-heading">{heading}</h2>
      <DayIntentions day={day} />
      {state === 'done' ? (
        <p role="status">{t('recapSaved')}</p>
      ) : !opened ? (
        <div class="row">
          <button type="button" onClick={() => setOpened(true)}>
            {t('recapOpen')}
          </button>
          <button type="button" class="secondary" onClick={dismiss}>
            {t('recapDismiss')}
          </button>
        </div>
      ) : (
        <form onSubmit={save}>
          {texts.map((text, i) => (
            <div class="recap-field" key={String(i)}>
              <label for={`recap-${i}`}>{t('recapField', i + 1)}</label>
              <input
                ref={i === 0 ? first : undefined}
                id={`recap-${i}`}
                type="text"
                dir="auto"
                value={text}
                onInput={(e) => {
                  const next = [...texts];
                  next[i] = e.currentTarget.value;
                  setTexts(next);
                  setProblem('');
                }}
              />
            </div>
          ))}
          <Problem text={problem} />
          <div class="row">
            <button type="submit" disabled={busy}>
              {t('recapSave')}
            </button>
            <button type="button" class="secondary" onClick={dismiss}>
              {t('recapDismiss')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
