// The two-second capture: a labelled field where Enter saves, the field
// clears and stays focused for the next win, and a polite live message says
// it worked, with a kind line that varies; the new row arrives with a brief
// warm highlight. Refusals keep the text and say why (role="alert").
import { useEffect, useRef, useState } from 'preact/hooks';
import './wins.css';
import { Problem } from '@/components/shared/Problem';
import { useLazy } from '@/hooks/use-lazy';
import { checkWinText, MAX_WIN_LENGTH, visibleLength } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import { revealBelowSteps, stepsHeight } from '@/utils/store/snapshot';
import { addWin } from '@/utils/store/wins';
import { markFresh } from '@/utils/ui/fresh-wins';
import { kindLine } from '@/utils/ui/kind-lines';
import { describeProblem } from '@/utils/ui/problems';
import { onSaidSave } from '@/utils/ui/said-saves';

/** How long what lies below the chips may stay unseen on a first opening, at most. */
const REVEAL_ANYWAY_MS = 1500;

/** Which kind line the next save hears; they take turns, starting anywhere. */
let turn = Math.floor(Date.now() / 1000);

interface Props {
  id: string;
  label: string;
  autoFocus?: boolean;
  suggestions?: boolean;
}

export function WinForm({ id, label, autoFocus = false, suggestions = false }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  // Said after the saved words, as its own message (its own text in the page).
  const [kindWords, setKindWords] = useState('');
  // The chips, energy and tries load after the field, as their own chunk.
  const SmallSteps = useLazy(async () => (await import('./SmallSteps')).SmallSteps, suggestions);
  // Room kept for the chips at the height they took last time, so nothing
  // below them moves when they arrive (the first paint keeps the same room).
  const [reserved] = useState(() => (suggestions ? stepsHeight(id) : 0));
  // Should the chips never come (their chunk failed), show the rest anyway.
  useEffect(() => {
    const timer = setTimeout(revealBelowSteps, REVEAL_ANYWAY_MS);
    return () => clearTimeout(timer);
  }, []);
  // The field was just emptied by a save and nothing typed since: an Enter
  // now is the same keystroke twice (however late it arrives), not a new win.
  const justSaved = useRef(false);
  useEffect(() => {
    // Read by `npm run bench`: the field is focused and can take typing.
    if (autoFocus && document.activeElement?.id === id) performance.mark('input-ready');
  }, [autoFocus, id]);
  const left = MAX_WIN_LENGTH - visibleLength(text.trim());
  // A win entered before the app was up, saved now: said like any other.
  useEffect(() => onSaidSave(id, sayHeard), [id]);

  /** "Saved: <words>." and a short kind line, a different one each time. */
  function sayHeard(words: string) {
    setStatus(t('savedStatus', words));
    setKindWords(t(kindLine(turn++)));
  }

  // Validation is synchronous and the field clears before the write, so a
  // fast typist's next win is never wiped by the previous save finishing.
  async function save(value: string, fromField: boolean, tags?: readonly string[]) {
    const check = checkWinText(value);
    // A double Enter: the first saved and cleared the field; keep "Saved".
    if (value === '' && justSaved.current) return;
    if (!check.ok) {
      setProblem(describeProblem(check));
      setStatus('');
      setKindWords('');
      return;
    }
    setProblem('');
    if (fromField) {
      setText('');
      justSaved.current = true;
    }
    try {
      const result = await addWin(tags ? { text: value, tags } : { text: value });
      if (!result.ok) throw new Error(result.reason);
      // The new row arrives warm, and the save is said.
      markFresh(result.win.id);
      sayHeard(result.win.text);
    } catch (error) {
      logProblem('could not save a win', error);
      if (fromField) {
        justSaved.current = false;
        setText((current) => (current === '' ? value : current));
      }
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
            dir="auto"
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
              justSaved.current = false;
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
        <Problem id={errorId} text={problem} />
      </form>
      {suggestions && (
        <div class="steps-slot" style={reserved ? { minHeight: `${reserved}px` } : undefined}>
          {SmallSteps && (
            <SmallSteps
              id={id}
              onPick={(win) => void save(win.text, false, win.tags)}
              onStatus={setStatus}
            />
          )}
        </div>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
        {kindWords && ' '}
        {kindWords}
      </p>
    </div>
  );
}
