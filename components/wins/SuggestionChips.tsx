// The chips: the person's own small steps first, then the built-in tiny wins
// (unless hidden); on a low-energy day the gentle ones lead and one line
// lowers the bar. One click, or Enter on a focused chip, saves one.
import { type Chip, type Energy, orderChips, type SmallStep, stepWin } from '@/utils/core/steps';
import type { NewWin } from '@/utils/core/win-rules';
import { type MessageKey, t } from '@/utils/i18n';

/** The built-in tiny wins; the gentle ones suit a low-energy day. */
const BUILT_IN: readonly { key: MessageKey; gentle: boolean }[] = [
  { key: 'suggestion1', gentle: true },
  { key: 'suggestion2', gentle: true },
  { key: 'suggestion3', gentle: false },
  { key: 'suggestion4', gentle: true },
  { key: 'suggestion5', gentle: false },
];

interface Props {
  steps: readonly SmallStep[];
  showBuiltIn: boolean;
  energy?: Energy;
  onPick: (win: NewWin) => void;
}

export function SuggestionChips({ steps, showBuiltIn, energy, onPick }: Props) {
  const own: Chip[] = steps.map((s) => ({
    key: s.id,
    text: s.text,
    goal: s.goal,
    gentle: s.gentle,
  }));
  const builtIn: Chip[] = showBuiltIn
    ? BUILT_IN.map(({ key, gentle }) => ({ key, text: t(key), gentle }))
    : [];
  const chips = orderChips(own, builtIn, energy);
  if (chips.length === 0) return null;
  return (
    <fieldset class="chips">
      <legend>{steps.length > 0 ? t('stepsChipsLabel') : t('suggestionsLabel')}</legend>
      {energy === 'low' && <p class="low-line">{t('energyLowLine')}</p>}
      {chips.map((chip) => (
        <button key={chip.key} type="button" class="chip" onClick={() => onPick(stepWin(chip))}>
          {chip.goal ? t('chipGoal', chip.text, chip.goal) : chip.text}
        </button>
      ))}
    </fieldset>
  );
}
