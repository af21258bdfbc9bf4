// The person's first day of the week: their setting, or their language's.
// One place, so the year grid, the pause weeks, "this week" in Share, the
// wrap-up and the weekly review all count the same week.
import type { Settings } from '@/utils/core/settings';
import { WEEK_START_FROM_LANGUAGE, type Weekday, weekStartOf } from '@/utils/core/week-start';
import { uiLanguage } from '@/utils/i18n';

export function weekStartFor(settings: Pick<Settings, 'weekStart'> | undefined): Weekday {
  return weekStartOf(settings?.weekStart ?? WEEK_START_FROM_LANGUAGE, uiLanguage());
}
