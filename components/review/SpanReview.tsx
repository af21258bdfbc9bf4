// A year or a month of small wins told as a paced story, in sentences of
// effort: what was done, never what was not. Which screens it tells comes
// from the pure story rules (utils/core/wrap-story.ts); this file gives each
// its words. Rest days are never counted; in the calendar they are marked
// gently.
import { useState } from 'preact/hooks';
import { DayGrid } from '@/components/shared/DayGrid';
import { useLazy } from '@/hooks/use-lazy';
import { useWeekStart } from '@/hooks/use-week-start';
import type { Win } from '@/utils/core/win-rules';
import { type StoryScreen, storyScreens } from '@/utils/core/wrap-story';
import type { SpanFigures } from '@/utils/core/wrap-up';
import { weeksBetween } from '@/utils/core/year-grid';
import { t } from '@/utils/i18n';
import { monthLong, weekdayName } from '@/utils/ui/calendar-format';
import { closingLine } from '@/utils/ui/closing';
import { choseLogoffWords, kindsWords } from '@/utils/ui/figure-words';
import { fullDate, longDay } from '@/utils/ui/format';
import { plural } from '@/utils/ui/plural';
import { MonthCalendar } from './MonthCalendar';
import { type StoryItem, WrapStory } from './WrapStory';

/** A few proud wins are quoted in the story; the one-page view holds them all. */
const PROUD_QUOTED = 5;

interface Props {
  span: 'year' | 'month';
  from: string;
  to: string;
  today: string;
  wins: Win[];
  figures: SpanFigures;
  /** Every screen at once (the one-page view), or one at a time. */
  onePage: boolean;
  otherView: string;
  isRest?: (day: string) => boolean;
  /** Links to each month with wins (the year only). */
  monthLink?: (month: number) => string;
}

const loadWinList = async () => (await import('@/components/wins/WinList')).WinList;

export function SpanReview(props: Props) {
  const { span, from, to, today, wins, figures: f, monthLink } = props;
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // A day's list (with its edit and proud controls) loads when a day is chosen.
  const WinList = useLazy(loadWinList, chosen !== undefined);
  const weekStart = useWeekStart();
  const counts: Record<string, number> = {};
  for (const w of wins) counts[w.day] = (counts[w.day] ?? 0) + 1;
  const weeks = weeksBetween(from, to, today, counts, weekStart);
  const year = span === 'year';

  const chosenDay = chosen && WinList && (
    <div class="chosen-day">
      <h3 id="chosen-heading">{t('dayWinsHeading', longDay(chosen))}</h3>
      <WinList
        wins={wins.filter((w) => w.day === chosen)}
        labelledBy="chosen-heading"
        emptyText={t('dayRest')}
        canMarkProud
      />
    </div>
  );

  const screens: Record<StoryScreen, () => Omit<StoryItem, 'key'>> = {
    quiet: () => ({
      title: t(year ? 'wrapQuietHeadingYear' : 'wrapQuietHeadingMonth'),
      body: <p class="big">{t(year ? 'wrapQuietOpenYear' : 'wrapQuietOpenMonth')}</p>,
    }),
    days: () => ({
      title: t('wrapDaysHeading'),
      body: (
        <>
          <p class="big">{plural('wrapDays', f.daysWithWin, f.daysWithWin)}</p>
          <p>{plural('wrapWins', f.wins, f.wins)}</p>
          {f.firstWin && (
            <p>
              {t(
                year ? 'wrapFirstYear' : 'wrapFirstMonth',
                fullDate(f.firstWin.day),
                f.firstWin.text,
              )}
            </p>
          )}
          {f.bestWeekday && f.wins > 1 && (
            <p>{t('wrapBestWeekday', weekdayName(f.bestWeekday.weekday), f.bestWeekday.count)}</p>
          )}
        </>
      ),
    }),
    proud: () => ({
      title: t('wrapProudHeading'),
      body: (
        <ul class="proud-wins">
          {(props.onePage ? f.proud : f.proud.slice(-PROUD_QUOTED)).map((w) => (
            <li key={w.id}>
              <q>
                <bdi class="win-text">{w.text}</bdi>
              </q>{' '}
              <span class="hint">{fullDate(w.day)}</span>
            </li>
          ))}
        </ul>
      ),
    }),
    most: () => ({
      title: t('wrapKindsHeading'),
      body: (
        <>
          {year && f.bestMonth && (
            <p class="big">{t('wrapBestMonth', monthLong(f.bestMonth.month), f.bestMonth.count)}</p>
          )}
          <ul class="kinds">
            {f.kinds.length > 1 &&
              kindsWords(new Map(f.kinds.map(({ kind, count }) => [kind, count]))).map((words) => (
                <li key={words}>{words}</li>
              ))}
            {f.tags.map(({ tag, count: n }) => (
              <li key={tag}>
                <bdi>#{tag}</bdi>: {n}
              </li>
            ))}
          </ul>
        </>
      ),
    }),
    calendar: () => ({
      title: t(year ? 'wrapGridYear' : 'wrapGridMonth'),
      body: (
        <>
          {year ? (
            <>
              <p class="hint" id="grid-help">
                {t('yearHelp')}
              </p>
              <DayGrid
                weeks={weeks}
                labelledBy="story-calendar-heading"
                describedBy="grid-help"
                startDay={to < today ? to : today}
                selected={chosen}
                onChoose={setChosen}
                isRest={props.isRest}
              />
            </>
          ) : (
            <MonthCalendar
              weeks={weeks}
              labelledBy="story-calendar-heading"
              selected={chosen}
              onChoose={setChosen}
              isRest={props.isRest}
            />
          )}
          {chosenDay}
        </>
      ),
    }),
    months: () => ({
      title: t('wrapMonthsHeading'),
      body: (
        <nav aria-labelledby="story-months-heading">
          <ul class="months">
            {f.perMonth.map((n, m) =>
              n > 0 && monthLink ? (
                <li key={String(m)}>
                  <a href={monthLink(m)}>{plural('wrapMonthLink', n, monthLong(m), n)}</a>
                </li>
              ) : null,
            )}
          </ul>
        </nav>
      ),
    }),
    logoffs: () => ({
      title: t('wrapLogoffsHeading'),
      body: <p class="big">{choseLogoffWords(f.logoffs, f.minutesTakenBack)}</p>,
    }),
    closing: () => ({
      title: t('wrapClosingHeading'),
      body: <p class="big closing">{closingLine(f.closing, span)}</p>,
    }),
  };

  const items = storyScreens({ span, from, to, figures: f }, today).map((key) => ({
    key,
    ...screens[key](),
  }));
  return <WrapStory items={items} onePage={props.onePage} otherView={props.otherView} />;
}
