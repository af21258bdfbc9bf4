// Tiny wins for low-energy days: one click or key press saves one.
import { t } from '../utils/i18n';

const SUGGESTIONS = [
  'suggestion1',
  'suggestion2',
  'suggestion3',
  'suggestion4',
  'suggestion5',
] as const;

export function SuggestionChips({ onPick }: { onPick: (text: string) => void }) {
  return (
    <fieldset class="chips">
      <legend>{t('suggestionsLabel')}</legend>
      {SUGGESTIONS.map((key) => (
        <button key={key} type="button" class="chip" onClick={() => onPick(t(key))}>
          {t(key)}
        </button>
      ))}
    </fieldset>
  );
}
