// The person's choice of first weekday alone, for pages that need nothing
// else of the settings (the wrap-up, Share): see setting-field.ts.
import { weekStartChoiceOf } from '@/utils/core/week-start';
import { loadSettingField, watchSettingField } from './setting-field';

const choiceIn = (stored: Record<string, unknown> | null) => weekStartChoiceOf(stored?.weekStart);

export const loadWeekStartChoice = () => loadSettingField(choiceIn);

/** Calls `onChange` with the choice whenever any page changes the settings. */
export const watchWeekStartChoice = (onChange: (choice: number) => void) =>
  watchSettingField(choiceIn, onChange);
