// A month as a real calendar: weeks in rows from the person's first day of
// the week, each day with its number. Days with a win are warm and can be
// chosen to see their wins; a rest day the person keeps gets a soft mark;
// every other day is simply a day. Nothing marks what was not done.
import { dateOfDay } from '@/utils/core/day';
import type { YearCell } from '@/utils/core/insights';
import { t } from '@/utils/i18n';
import { weekdayName, weekdayShort } from '@/utils/ui/calendar-format';
import { dayCountLabel, lazyDateFormat } from '@/utils/ui/format';

interface Props {
  weeks: YearCell[][];
  labelledBy: string;
  selected?: string;
  onChoose: (day: string) => void;
  isRest?: (day: string) => boolean;
}

const dayNumber = lazyDateFormat({ day: 'numeric' });

export function MonthCalendar({ weeks, labelledBy, selected, onChoose, isRest }: Props) {
  const weekdays = (weeks[0] ?? []).map((c) => dateOfDay(c.day).getDay());
  return (
    <table class="month-calendar" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {weekdays.map((d) => (
            <th key={String(d)} scope="col">
              <abbr title={weekdayName(d)}>{weekdayShort(d)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]?.day}>
            {week.map((cell) => {
              if (cell.outside) return <td key={cell.day} class="outside" />;
              const n = dayNumber(dateOfDay(cell.day));
              if (cell.count > 0) {
                return (
                  <td key={cell.day} class={`win level-${cell.level}`}>
                    <button
                      type="button"
                      class="day-win"
                      aria-pressed={selected === cell.day}
                      aria-label={dayCountLabel(cell.count, cell.day)}
                      onClick={() => onChoose(cell.day)}
                    >
                      <span class="day-number">{n}</span>
                    </button>
                  </td>
                );
              }
              const rest = !cell.future && isRest?.(cell.day) === true;
              return (
                <td key={cell.day} class={rest ? 'rest' : cell.future ? 'future' : undefined}>
                  <span class="day-number">{n}</span>
                  {rest && <span class="visually-hidden"> {t('wrapRestDay')}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
