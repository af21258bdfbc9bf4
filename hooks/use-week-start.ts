// The first day of the week for a page that does not read the settings
// otherwise: the language's until the choice is read, then the person's.
import { useEffect, useState } from 'preact/hooks';
import { WEEK_START_FROM_LANGUAGE, type Weekday } from '@/utils/core/week-start';
import { logProblem } from '@/utils/log';
import { loadWeekStartChoice, watchWeekStartChoice } from '@/utils/store/week-start';
import { weekStartFor } from '@/utils/ui/week';

export function useWeekStart(): Weekday {
  const [choice, setChoice] = useState(WEEK_START_FROM_LANGUAGE);
  useEffect(() => {
    loadWeekStartChoice().then(setChoice, (error: unknown) =>
      logProblem('could not read the first day of the week', error),
    );
    return watchWeekStartChoice(setChoice);
  }, []);
  return weekStartFor({ weekStart: choice });
}
