// The evening recap: three good things that become wins (kind "recap"),
// or "Not today", remembered for the day.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { getReflection, saveReflection } from '../../utils/reflections';
import { checkWinText } from '../../utils/win-rules';
import { addWin } from '../../utils/wins';
import { describeProblem } from '../problem';

const DISMISSED_KEY = 'recapDismissedDay';

export function Recap({ day, dayStartHour }: { day: string; dayStartHour: number }) {
  const [state, setState] = useState<'loading' | 'open' | 'done' | 'dismissed'>('loading');
  const [texts, setTexts] = useState(['', '', '']);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    void Promise.all([
      getReflection(`recap:${day}`),
      browser.storage.local.get(DISMISSED_KEY),
    ]).then(([saved, stored]) =>
      setState(saved ? 'done' : stored[DISMISSED_KEY] === day ? 'dismissed' : 'open'),
    );
  }, [day]);

  async function save(event: Event) {
    event.preventDefault();
    const filled = texts.map((text) => text.trim()).filter(Boolean);
    if (filled.length === 0) return setProblem(t('recapNeedsOne'));
    for (const text of filled) {
      const check = checkWinText(text);
      if (!check.ok) return setProblem(describeProblem(check));
    }
    for (const text of filled) await addWin({ text, kind: 'recap' }, { dayStartHour });
    await saveReflection({
      id: `recap:${day}`,
      kind: 'recap',
      day,
      text: filled.join('\n'),
      at: Date.now(),
    });
    setState('done');
  }

  if (state === 'loading' || state === 'dismissed') return null;
  return (
    <section class="card recap" aria-labelledby="recap-heading">
      <h2 id="recap-heading">{t('recapHeading')}</h2>
      {state === 'done' ? (
        <p role="status">{t('recapSaved')}</p>
      ) : (
        <form onSubmit={save}>
          {texts.map((text, i) => (
            <div class="recap-field" key={String(i)}>
              <label for={`recap-${i}`}>{t('recapField', i + 1)}</label>
              <input
                id={`recap-${i}`}
                type="text"
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
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
          <div class="row">
            <button type="submit">{t('recapSave')}</button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                void browser.storage.local.set({ [DISMISSED_KEY]: day });
                setState('dismissed');
              }}
            >
              {t('recapDismiss')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
