// A year of days as a grid shaded by wins, one roving tab stop, arrow keys
// to move, Enter or a click to see a day's wins. Every cell has a spoken
// label ("3 wins on Tuesday 4 March").
import { useEffect, useRef, useState } from 'preact/hooks';
import { countsByDay } from '../../utils/history';
import { t } from '../../utils/i18n';
import { moveInGrid, type YearCell, yearGrid } from '../../utils/insights';
import type { Win } from '../../utils/win-rules';
import { listDay } from '../../utils/wins';
import { WinList } from '../WinList';
import { dayCountLabel, longDay } from './format';
import { useChanges } from './useChanges';

export function YearGrid({ today }: { today: string }) {
  const changes = useChanges();
  const [weeks, setWeeks] = useState<YearCell[][] | undefined>(undefined);
  const [pos, setPos] = useState({ week: 52, weekday: 0 });
  const [chosen, setChosen] = useState<{ day: string; wins: Win[] } | undefined>(undefined);
  const grid = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const empty = yearGrid(today, {});
    void countsByDay(
      empty
        .flat()
        .filter((c) => !c.future)
        .map((c) => c.day),
    ).then((counts) => setWeeks(yearGrid(today, counts)));
  }, [today, changes]);

  // The tab stop starts on today; a changed win elsewhere does not move it.
  useEffect(() => {
    const weekday = yearGrid(today, {})[52]?.findIndex((c) => c.day === today) ?? 0;
    setPos({ week: 52, weekday });
  }, [today]);

  useEffect(() => {
    if (!moved.current) return;
    grid.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, [pos]);

  if (!weeks) return null;

  async function choose(day: string) {
    setChosen({ day, wins: await listDay(day) });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const cell = weeks?.[pos.week]?.[pos.weekday];
      if (cell && !cell.future) void choose(cell.day);
      return;
    }
    const next = moveInGrid(weeks?.length ?? 0, pos, event.key);
    if (next === pos) return;
    event.preventDefault();
    if (weeks?.[next.week]?.[next.weekday]?.future) return;
    moved.current = true;
    setPos(next);
  }

  return (
    <section class="card year" aria-labelledby="year-heading">
      <h2 id="year-heading">{t('yearHeading')}</h2>
      <p class="hint" id="year-help">
        {t('yearHelp')}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: an interactive ARIA grid (roving tab stop, arrow keys); a table cannot take that role */}
      <div
        ref={grid}
        class="year-grid"
        role="grid"
        aria-labelledby="year-heading"
        aria-describedby="year-help"
        onKeyDown={onKeyDown}
      >
        {[0, 1, 2, 3, 4, 5, 6].map((weekday) => (
          // A row of the ARIA grid above; in the grid pattern only cells take focus.
          // biome-ignore lint/a11y/useSemanticElements: see above
          // biome-ignore lint/a11y/useFocusableInteractive: see above
          <div role="row" key={String(weekday)}>
            {weeks.map((week, w) => {
              const cell = week[weekday];
              if (!cell) return null;
              const current = w === pos.week && weekday === pos.weekday;
              const label = cell.future
                ? t('yearFuture', longDay(cell.day))
                : dayCountLabel(cell.count, cell.day);
              return (
                // Keys are handled once, on the grid (roving tab stop).
                // biome-ignore lint/a11y/useKeyWithClickEvents: the grid's onKeyDown handles Enter and arrows
                // biome-ignore lint/a11y/useSemanticElements: a cell of the ARIA grid above
                <div
                  key={cell.day}
                  role="gridcell"
                  class={`cell level-${cell.level}${cell.future ? ' future' : ''}`}
                  tabIndex={current ? 0 : -1}
                  aria-selected={chosen?.day === cell.day}
                  aria-disabled={cell.future || undefined}
                  aria-label={label}
                  onClick={() => {
                    if (cell.future) return;
                    setPos({ week: w, weekday });
                    void choose(cell.day);
                  }}
                />
              );
            })}
          </div>
        ))}
      </div>
      {chosen && (
        <div class="chosen-day">
          <h3 id="chosen-day-heading">{t('dayWinsHeading', longDay(chosen.day))}</h3>
          <WinList wins={chosen.wins} labelledBy="chosen-day-heading" emptyText={t('dayRest')} />
        </div>
      )}
    </section>
  );
}
