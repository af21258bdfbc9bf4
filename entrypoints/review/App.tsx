// "Your year": a year (or one of its months) of small wins, chosen in the
// address (?year=2026, &month=3 for April), told as a story or, with
// &view=all, on one page; with a way to share it.
import { SpanReview } from '@/components/review/SpanReview';
import { useLive } from '@/hooks/use-live';
import { addDays } from '@/utils/core/day';
import { isRestDay } from '@/utils/core/nudge';
import { calendarYear } from '@/utils/core/year-grid';
import { t } from '@/utils/i18n';
import { currentDay } from '@/utils/store/today';
import { figuresFor, yearsWithWins } from '@/utils/store/wrap-up';
import { monthYear } from '@/utils/ui/calendar-format';

const pad = (n: number) => String(n).padStart(2, '0');
const params = new URLSearchParams(location.search);

async function load() {
  const today = await currentDay();
  const thisYear = Number(today.slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 1970 && asked <= thisYear + 1 ? asked : thisYear;
  const askedMonth = Number(params.get('month') ?? Number.NaN);
  const month =
    Number.isInteger(askedMonth) && askedMonth >= 0 && askedMonth <= 11 ? askedMonth : undefined;
  const { from, to } =
    month === undefined
      ? calendarYear(year)
      : {
          from: `${year}-${pad(month + 1)}-01`,
          to: addDays(month === 11 ? `${year + 1}-01-01` : `${year}-${pad(month + 2)}-01`, -1),
        };
  const [{ wins, figures, rest }, years] = await Promise.all([
    figuresFor(from, to),
    yearsWithWins(),
  ]);
  const isRest = (day: string) => isRestDay(day, rest.weekdays, rest.days);
  const allYears = [...new Set([thisYear, ...years])];
  return { today, year, month, from, to, wins, figures, isRest, years: allYears };
}

/** The same span in the other way of reading it: the story, or every screen on one page. */
function otherView(onePage: boolean): string {
  const next = new URLSearchParams(location.search);
  if (onePage) next.delete('view');
  else next.set('view', 'all');
  return `/review.html?${next}`;
}

export function App() {
  const live = useLive(load, [], ['wins']);
  const data = live.data;
  if (live.failed) return <p role="alert">{t('errorRead')}</p>;
  if (!data) return null;
  const { year, month, from, to } = data;
  const onePage = params.get('view') === 'all';
  const heading =
    month === undefined
      ? t('wrapYearHeading', String(year))
      : t('wrapMonthHeading', monthYear(year, month));
  return (
    <main>
      <nav class="top-links">
        <a href="/newtab.html">{t('wrapBackToToday')}</a>
        {month !== undefined && (
          <a href={`/review.html?year=${year}`}>{t('wrapBackToYear', String(year))}</a>
        )}
        <a href={`/share.html?from=${from}&to=${to}`}>{t('wrapShare')}</a>
      </nav>
      <h1>{heading}</h1>
      {month === undefined && data.years.length > 1 && (
        <form class="choose-year" action="/review.html">
          <label for="year">{t('wrapChooseYear')}</label>
          <select id="year" name="year" value={String(year)}>
            {data.years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
          <button type="submit" class="secondary">
            {t('wrapShow')}
          </button>
        </form>
      )}
      <SpanReview
        span={month === undefined ? 'year' : 'month'}
        from={from}
        to={to}
        today={data.today}
        wins={data.wins}
        figures={data.figures}
        onePage={onePage}
        otherView={otherView(onePage)}
        isRest={data.isRest}
        monthLink={month === undefined ? (m) => `/review.html?year=${year}&month=${m}` : undefined}
      />
    </main>
  );
}
