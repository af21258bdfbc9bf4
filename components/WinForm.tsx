// The two-second capture: a labelled field where Enter saves, the field
// clears and stays focused for the next win, and a polite live message says
// it worked. Refusals keep the text and say why (role="alert").
import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { checkWinText, MAX_WIN_LENGTH, visibleLength } from '../utils/win-rules';
import { addWin } from '../utils/wins';
import { describeProblem } from './problem';
import { SuggestionChips } from './SuggestionChips';

interface Props {
  id: string;
  label: string;
  autoFocus?: boolean;
  suggestions?: boolean;
  dayStartHour: number;
}

export function WinForm({
  id,
  label,
  autoFocus = false,
  suggestions = false,
  dayStartHour,
}: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    // Read by `npm run bench`: the field is focused and can take typing.
    if (autoFocus && document.activeElement?.id === id) performance.mark('input-ready');
  }, [autoFocus, id]);
  const left = MAX_WIN_LENGTH - visibleLength(text.trim());

  // Validation is synchronous and the field clears before the write, so a
  // fast typist's next win is never wiped by the previous save finishing.
  async function save(value: string, fromField: boolean) {
    const check = checkWinText(value);
    if (!check.ok) {
      setProblem(describeProblem(check));
      setStatus('');
      return;
    }
    setProblem('');
    if (fromField) setText('');
    try {
      const result = await addWin({ text: value }, { dayStartHour });
      if (!result.ok) throw new Error(result.reason);
      setStatus(t('savedStatus', result.win.text));
    } catch (error) {
      console.error('Small Wins: could not save', error);
      if (fromField) setText((current) => (current === '' ? value : current));
      setProblem(t('errorStorage'));
    }
  }

  const errorId = `${id}-problem`;
  const countId = `${id}-count`;
  return (
    <div class="win-form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save(text, true);
        }}
      >
        <label for={id}>{label}</label>
        <div class="field-row">
          <input
            id={id}
            type="text"
            autocomplete="off"
            // biome-ignore lint/a11y/noAutofocus: the popup exists to type a win at once
            autoFocus={autoFocus}
            placeholder={t('winFieldPlaceholder')}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={[problem ? errorId : '', left < 50 ? countId : '']
              .filter(Boolean)
              .join(' ')}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (problem) setProblem('');
            }}
          />
          <button type="submit">{t('saveButton')}</button>
        </div>
        {left < 50 && (
          <p id={countId} class="hint">
            {t('charactersLeft', Math.max(left, 0))}
          </p>
        )}
        {problem && (
          <p id={errorId} class="problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      {suggestions && <SuggestionChips onPick={(value) => void save(value, false)} />}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
