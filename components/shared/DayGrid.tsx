// A span of days as an ARIA grid shaded by wins: weeks as columns (from the
// person's first weekday), month labels above, weekday labels beside, a legend below. One
// roving tab stop; arrow keys, Home and End move; Enter, Space or a click
// chooses a day. Every cell speaks its count ("3 wins on Tuesday 4 March").
import { useEffect, useRef, useState } from 'preact/hooks';
import { dateOfDay } from '@/utils/core/day';
import { moveInGrid, type YearCell } from '@/utils/core/insights';
import { monthStarts } from '@/utils/core/year-grid';
import { t } from '@/utils/i18n';
import { monthShort, weekdayShort } from '@/utils/ui/calendar-format';
import { dayCountLabel, longDay } from '@/utils/ui/format';
import './day-grid.css';

interface Props {
  weeks: YearCell[][];
  labelledBy: string;
  describedBy?: string;
  /** The day that holds the tab stop at first (defaults to the last day shown). */
  startDay?: string;
  selected?: string;
  onChoose: (day: string) => void;
  /** Whether a day was a rest day: shown as rest, never as a day without wins. */
  isRest?: (day: string) => boolean;
}

const ROWS = [0, 1, 2, 3, 4, 5, 6];

function positionOf(weeks: YearCell[][], day: string | undefined) {
  for (let w = weeks.length - 1; w >= 0; w--) {
    const weekday = weeks[w]?.findIndex((c) => c.day === day && !c.outside) ?? -1;
    if (weekday >= 0) return { week: w, weekday };
  }
  const w = weeks.length - 1;
  const last = weeks[w]?.findLastIndex((c) => !c.outside && !c.future) ?? 0;
  return { week: w, weekday: Math.max(last, 0) };
}

export function DayGrid({
  weeks,
  labelledBy,
  describedBy,
  startDay,
  selected,
  onChoose,
  isRest,
}: Props) {
  const [pos, setPos] = useState(() => positionOf(weeks, startDay));
  const grid = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const first = weeks[0]?.[0]?.day;

  // A new span (another year) puts the tab stop back on its start day.
  useEffect(() => setPos(positionOf(weeks, startDay)), [first, startDay]);
  useEffect(() => {
    if (moved.current) grid.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, [pos]);

  const usable = (cell: YearCell | undefined) => cell && !cell.future && !cell.outside;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const cell = weeks[pos.week]?.[pos.weekday];
      if (cell && usable(cell)) onChoose(cell.day);
      return;
    }
    const next = moveInGrid(weeks.length, pos, event.key);
    if (next === pos) return;
    event.preventDefault();
    if (!usable(weeks[next.week]?.[next.weekday])) return;
    moved.current = true;
    setPos(next);
  }

  const starts = monthStarts(weeks);
  // The rows follow the weeks' own first day (the person's week start).
  const weekdays = (weeks[0] ?? []).map((c) => dateOfDay(c.day).getDay());
  return (
    <div class="day-grid-wrap" style={{ '--weeks': String(weeks.length) }}>
      <div class="day-grid-months" aria-hidden="true">
        {starts.map((s) => (
          <span key={`${s.year}-${s.month}`} style={{ gridColumnStart: s.week + 1 }}>
            {monthShort(s.month)}
          </span>
        ))}
      </div>
      <div class="day-grid-body">
        <div class="day-grid-weekdays" aria-hidden="true">
          {weekdays.map((d, row) => (
            <span key={String(d)}>{row % 2 === 0 && row < 6 ? weekdayShort(d) : ''}</span>
          ))}
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: an interactive ARIA grid (roving tab stop, arrow keys); a table cannot take that role */}
        <div
          ref={grid}
          class="year-grid"
          role="grid"
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          onKeyDown={onKeyDown}
        >
          {ROWS.map((weekday) => (
            // A row of the ARIA grid above; in the grid pattern only cells take focus.
            // biome-ignore lint/a11y/useSemanticElements: see above
            // biome-ignore lint/a11y/useFocusableInteractive: see above
            <div role="row" key={String(weekday)}>
              {weeks.map((week, w) => {
                const cell = week[weekday];
                if (!cell) return null;
                const rest = !cell.outside && !cell.future && isRest?.(cell.day) === true;
                const label = cell.outside
                  ? ''
                  : cell.future
                    ? t('yearFuture', longDay(cell.day))
                    : rest && cell.count === 0
                      ? t('restDayOn', longDay(cell.day))
                      : dayCountLabel(cell.count, cell.day);
                const current = w === pos.week && weekday === pos.weekday;
                return (
                  // Keys are handled once, on the grid (roving tab stop).
                  // biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA grid above
                  <div
                    key={cell.day}
                    role="gridcell"
                    class={`cell level-${cell.level}${cell.future ? ' future' : ''}${cell.outside ? ' outside' : ''}${rest ? ' rest' : ''}`}
                    tabIndex={current ? 0 : -1}
                    aria-selected={selected === cell.day}
                    aria-disabled={!usable(cell) || undefined}
                    aria-label={label || undefined}
                    aria-hidden={cell.outside || undefined}
                    onClick={() => {
                      if (!usable(cell)) return;
                      setPos({ week: w, weekday });
                      onChoose(cell.day);
                    }}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <p class="day-grid-legend">
        <span>{t('legendFewer')}</span>
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={String(l)} class={`cell level-${l}`} aria-hidden="true" />
        ))}
        <span>{t('legendMore')}</span>
      </p>
    </div>
  );
}
