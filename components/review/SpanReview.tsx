// A year or a month of small wins in sentences of effort: what was done,
// never what was not. Rest days are simply not mentioned.
import { useState } from 'preact/hooks';
import { DayGrid } from '@/components/shared/DayGrid';
import { useLazy } from '@/hooks/use-lazy';
import { useWeekStart } from '@/hooks/use-week-start';
import type { Win } from '@/utils/core/win-rules';
import type { SpanFigures } from '@/utils/core/wrap-up';
import { weeksBetween } from '@/utils/core/year-grid';
import { type MessageKey, t } from '@/utils/i18n';
import { monthLong, weekdayName } from '@/utils/ui/calendar-format';
import { closingLine } from '@/utils/ui/closing';
import { fullDate, longDay } from '@/utils/ui/format';
import { plural } from '@/utils/ui/plural';

const KIND_KEYS: Record<string, MessageKey> = {
  win: 'kindWin',
  logoff: 'kindLogoff',
  pause: 'kindPause',
  recap: 'kindRecap',
};

interface Props {
  span: 'year' | 'month';
  from: string;
  to: string;
  today: string;
  wins: Win[];
  figures: SpanFigures;
  /** Links to each month with wins (the year only). */
  monthLink?: (month: number) => string;
}

const loadWinList = async () => (await import('@/components/wins/WinList')).WinList;

export function SpanReview({ span, from, to, today, wins, figures: f, monthLink }: Props) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // A day's list (with its edit and proud controls) loads when a day is chosen.
  const WinList = useLazy(loadWinList, chosen !== undefined);
  const counts: Record<string, number> = {};
  for (const w of wins) counts[w.day] = (counts[w.day] ?? 0) + 1;
  const weeks = weeksBetween(from, to, today, counts, useWeekStart());

  if (f.wins === 0) {
    return <p class="big closing">{t(span === 'year' ? 'wrapQuietYear' : 'wrapQuietMonth')}</p>;
  }
  return (
    <div class="span-review">
      <p class="big closing">{closingLine(f.closing)}</p>
      <ul class="figures">
        <li>{plural('wrapDays', f.daysWithWin, f.daysWithWin)}</li>
        <li>{plural('wrapWins', f.wins, f.wins)}</li>
        {f.firstWin && (
          <li>
            {t(
              span === 'year' ? 'wrapFirstYear' : 'wrapFirstMonth',
              fullDate(f.firstWin.day),
              f.firstWin.text,
            )}
          </li>
        )}
        {span === 'year' && f.bestMonth && (
          <li>{t('wrapBestMonth', monthLong(f.bestMonth.month), f.bestMonth.count)}</li>
        )}
        {f.bestWeekday && f.wins > 1 && (
          <li>{t('wrapBestWeekday', weekdayName(f.bestWeekday.weekday), f.bestWeekday.count)}</li>
        )}
        {f.logoffs > 0 && (
          <li>{plural('wrapLogoffs', f.logoffs, f.logoffs, f.minutesTakenBack)}</li>
        )}
      </ul>

      <section class="card" aria-labelledby="proud-heading">
        <h2 id="proud-heading">{t('wrapProudHeading')}</h2>
        {f.proud.length > 0 ? (
          <ul class="proud-wins">
            {f.proud.map((w) => (
              <li key={w.id}>
                <bdi class="win-text">{w.text}</bdi> <span class="hint">{fullDate(w.day)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint">{t('wrapProudNone')}</p>
        )}
      </section>

      {(f.kinds.length > 0 || f.tags.length > 0) && (
        <section class="card kinds" aria-labelledby="kinds-heading">
          <h2 id="kinds-heading">{t('wrapKindsHeading')}</h2>
          <ul>
            {f.kinds.map(({ kind, count: n }) => (
              <li key={kind}>
                {t(KIND_KEYS[kind] ?? 'kindWin')}: {n}
              </li>
            ))}
            {f.tags.map(({ tag, count: n }) => (
              <li key={tag}>
                <bdi>#{tag}</bdi>: {n}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="card" aria-labelledby="grid-heading">
        <h2 id="grid-heading">{t(span === 'year' ? 'wrapGridYear' : 'wrapGridMonth')}</h2>
        <p class="hint" id="grid-help">
          {t('yearHelp')}
        </p>
        <DayGrid
          weeks={weeks}
          labelledBy="grid-heading"
          describedBy="grid-help"
          startDay={to < today ? to : today}
          selected={chosen}
          onChoose={setChosen}
        />
        {chosen && WinList && (
          <div class="chosen-day">
            <h3 id="chosen-heading">{t('dayWinsHeading', longDay(chosen))}</h3>
            <WinList
              wins={wins.filter((w) => w.day === chosen)}
              labelledBy="chosen-heading"
              emptyText={t('dayRest')}
              canMarkProud
            />
          </div>
        )}
      </section>

      {monthLink && (
        <nav class="card" aria-labelledby="months-heading">
          <h2 id="months-heading">{t('wrapMonthsHeading')}</h2>
          <ul class="months">
            {f.perMonth.map((n, m) =>
              n > 0 ? (
                <li key={String(m)}>
                  <a href={monthLink(m)}>{plural('wrapMonthLink', n, monthLong(m), n)}</a>
                </li>
              ) : null,
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
