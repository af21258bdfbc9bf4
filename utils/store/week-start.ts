// The person's choice of first weekday alone, for pages that need nothing
// else of the settings (the wrap-up, Share): reading it skips the whole
// settings repair, which would weigh on those pages' first load.
import { weekStartChoiceOf } from '@/utils/core/week-start';
import { settingsItem } from './items';

const choiceIn = (value: unknown) =>
  weekStartChoiceOf((value as { weekStart?: unknown } | null)?.weekStart);

export async function loadWeekStartChoice(): Promise<number> {
  return choiceIn(await settingsItem.getValue());
}

/** Calls `onChange` with the choice whenever any page changes the settings. */
export function watchWeekStartChoice(onChange: (choice: number) => void): () => void {
  return settingsItem.watch((value) => onChange(choiceIn(value)));
}
