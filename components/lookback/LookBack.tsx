// The Look back page's body: the last seven days, the pauses, goals, a win
// from the past, a year of days, search, and the way to the wrap-up and the
// share page. Before there is anything to look back on, one kind sentence
// instead of zero bars and empty grids.

import { useLive } from '@/hooks/use-live';
import { useSettings } from '@/hooks/use-settings';
import { isRestDay } from '@/utils/core/nudge';
import type { Settings } from '@/utils/core/settings';
import { t } from '@/utils/i18n';
import { countWins } from '@/utils/store/history';
import { weekStartFor } from '@/utils/ui/week';
import { GoalsCard } from './GoalsCard';
import { PastWin } from './PastWin';
import { PauseWeeks } from './PauseWeeks';
import { SearchWins } from './SearchWins';
import { WeekView } from './WeekView';
import { YearGrid } from './YearGrid';
import './lookback.css';

/** Nothing yet: no win at all, no rest day and no limited site whose pauses to tell. */
const nothingYet = (wins: number, s: Settings) =>
  wins === 0 && s.restDays.length === 0 && s.restWeekdays.length === 0 && s.sites.length === 0;

export function LookBack({ today }: { today: string }) {
  const settings = useSettings();
  const wins = useLive(countWins, [], ['wins']).data;
  if (!settings || wins === undefined) return null;
  if (nothingYet(wins, settings)) {
    return (
      <div class="look-back">
        <p class="card look-back-empty">{t('lookBackEmpty')}</p>
      </div>
    );
  }
  return (
    <div class="look-back">
      <WeekView today={today} settings={settings} />
      <PauseWeeks today={today} settings={settings} />
      <GoalsCard today={today} settings={settings} />
      <PastWin today={today} />
      <YearGrid
        today={today}
        weekStart={weekStartFor(settings)}
        isRest={(day) => isRestDay(day, settings.restWeekdays, settings.restDays)}
      />
      <SearchWins />
      <nav class="card wrap-links" aria-label={t('wrapLink')}>
        <a href="/review.html">{t('wrapLink')}</a>
        <a href="/share.html">{t('wrapShare')}</a>
      </nav>
    </div>
  );
}
