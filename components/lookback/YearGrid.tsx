// The last year of days on the new tab, shaded by wins, with month and
// weekday labels and a legend; Enter or a click shows a day's wins (which can
// be marked proud there).
import { useState } from 'preact/hooks';
import { DayGrid } from '@/components/shared/DayGrid';
import { Problem } from '@/components/shared/Problem';
import { WinList } from '@/components/wins/WinList';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import { yearGrid } from '@/utils/core/insights';
import type { Weekday } from '@/utils/core/week-start';
import type { Win } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { countsByDay } from '@/utils/store/history';
import { listDay } from '@/utils/store/wins';
import { longDay } from '@/utils/ui/format';

interface Props {
  today: string;
  weekStart: Weekday;
  /** Whether a day was a rest day (shown as rest in the grid). */
  isRest?: (day: string) => boolean;
}

export function YearGrid({ today, weekStart, isRest }: Props) {
  const { problem, run } = useAction();
  const [chosen, setChosen] = useState<{ day: string; wins: Win[] } | undefined>(undefined);
  const weeks = useLive(
    async () => {
      const days = yearGrid(today, {}, weekStart)
        .flat()
        .filter((c) => !c.future)
        .map((c) => c.day);
      return yearGrid(today, await countsByDay(days), weekStart);
    },
    // Not re-read on every change: 366 index counts per save would be the
    // heaviest thing on the page; the grid is current each time it is opened.
    [today, weekStart],
  ).data;
  // The chosen day's list stays live, so a proud mark or an edit shows at once.
  const chosenWins = useLive(
    async () => (chosen ? listDay(chosen.day) : []),
    [chosen?.day],
    ['wins'],
  ).data;

  if (!weeks) return null;
  const choose = (day: string) => run(async () => setChosen({ day, wins: await listDay(day) }));

  return (
    <section class="card year" aria-labelledby="year-heading">
      <h2 id="year-heading">{t('yearHeading')}</h2>
      <p class="hint" id="year-help">
        {t('yearHelp')}
      </p>
      <DayGrid
        weeks={weeks}
        labelledBy="year-heading"
        describedBy="year-help"
        startDay={today}
        selected={chosen?.day}
        onChoose={(day) => void choose(day)}
        isRest={isRest}
      />
      <Problem text={problem} />
      {chosen && (
        <div class="chosen-day">
          <h3 id="chosen-day-heading">{t('dayWinsHeading', longDay(chosen.day))}</h3>
          <WinList
            wins={chosenWins ?? chosen.wins}
            labelledBy="chosen-day-heading"
            emptyText={t('dayRest')}
            canMarkProud
          />
        </div>
      )}
    </section>
  );
}
