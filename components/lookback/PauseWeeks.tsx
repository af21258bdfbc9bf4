// What the pauses on limited sites added up to over the last weeks: per site
// and per week, the pauses shown, the times logged off and the minutes taken
// back (pause-figures.ts), with one gentle line for the week under way. Only
// what was done is said: never a ratio, nothing about pauses not logged off.
// Shown only to someone with a limited site.
import { useLive } from '@/hooks/use-live';
import { type PauseWeek, pauseSpan, pauseWeeks, type SiteWeek } from '@/utils/core/pause-figures';
import type { Settings } from '@/utils/core/settings';
import { t } from '@/utils/i18n';
import { listRange } from '@/utils/store/history';
import { usageRange } from '@/utils/store/usage';
import { lazyDateFormat } from '@/utils/ui/format';
import { plural } from '@/utils/ui/plural';
import { weekStartFor } from '@/utils/ui/week';

const dayMonth = lazyDateFormat({ day: 'numeric', month: 'long' });

const pausesText = (n: number) => plural('pauses', n, n);
const loggedOffText = (n: number) => plural('loggedOff', n, n);
const tookBackText = (n: number) => plural('tookBack', n, n);

/** "3 pauses · logged off 2 times · took back 40 minutes", leaving out what is 0. */
function siteFigures(s: SiteWeek): string {
  const parts: string[] = [];
  if (s.pauses > 0) parts.push(pausesText(s.pauses));
  if (s.logoffs > 0) parts.push(loggedOffText(s.logoffs));
  if (s.minutesTakenBack > 0) parts.push(tookBackText(s.minutesTakenBack));
  return parts.join(' · ');
}

/** The week under way in one gentle line, across every limited site. */
function weekLine(week: PauseWeek): string {
  const sum = (key: 'pauses' | 'logoffs' | 'minutesTakenBack') =>
    week.sites.reduce((total, s) => total + s[key], 0);
  const [pauses, logoffs, minutes] = [sum('pauses'), sum('logoffs'), sum('minutesTakenBack')];
  if (logoffs > 0 && minutes > 0)
    return t('pausesWeekBoth', loggedOffText(logoffs), tookBackText(minutes));
  if (logoffs > 0) return t('pausesWeekLogged', loggedOffText(logoffs));
  if (pauses > 0) return t('pausesWeekShown', pausesText(pauses));
  return t('pausesWeekQuiet');
}

function weekName(week: PauseWeek, index: number): string {
  if (index === 0) return t('pausesThisWeek');
  if (index === 1) return t('pausesLastWeek');
  return t('pausesWeekOf', dayMonth(new Date(`${week.from}T12:00:00`)));
}

export function PauseWeeks({ today, settings }: { today: string; settings: Settings }) {
  const { sites, dayStartHour } = settings;
  const weekStart = weekStartFor(settings);
  const weeks = useLive(
    async () => {
      if (sites.length === 0) return [];
      const opts = { now: Date.now(), dayStartHour, weekStart };
      const { from, to } = pauseSpan(opts);
      const [wins, usage] = await Promise.all([listRange(from, to), usageRange(from, to)]);
      return pauseWeeks(opts, sites, wins, usage);
    },
    [today, sites, dayStartHour, weekStart],
    ['wins', 'usage'],
  ).data;
  if (!weeks || sites.length === 0) return null;
  const any = weeks.some((w) => w.sites.length > 0);
  return (
    <section class="card pause-weeks" aria-labelledby="pause-weeks-heading">
      <h2 id="pause-weeks-heading">{t('pausesHeading')}</h2>
      {!any && <p>{t('pausesNone')}</p>}
      {any && weeks[0] && <p class="big">{weekLine(weeks[0])}</p>}
      {any &&
        weeks.map(
          (week, i) =>
            week.sites.length > 0 && (
              <div key={week.from}>
                <h3 id={`pause-week-${week.from}`}>{weekName(week, i)}</h3>
                <ul aria-labelledby={`pause-week-${week.from}`}>
                  {week.sites.map((s) => (
                    <li key={s.host}>{t('pausesSiteLine', s.label, siteFigures(s))}</li>
                  ))}
                </ul>
              </div>
            ),
        )}
    </section>
  );
}
