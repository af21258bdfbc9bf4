// The first day of the week for a page that does not read the settings
// otherwise: the language's until the settings arrive, then the person's.
import { useSettings } from '@/hooks/use-settings';
import type { Weekday } from '@/utils/core/week-start';
import { weekStartFor } from '@/utils/ui/week';

export function useWeekStart(): Weekday {
  return weekStartFor(useSettings());
}
