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
import {
  loggedOffWords,
  pausesWords,
  tookBackHowWords,
  tookBackWords,
} from '@/utils/ui/figure-words';
import { lazyDateFormat } from '@/utils/ui/format';
import { weekStartFor } from '@/utils/ui/week';

const dayMonth = lazyDateFormat({ day: 'numeric', month: 'long' });

/** "3 pauses · logged off 2 times · took back 40 minutes", leaving out what is 0. */
function siteFigures(s: SiteWeek): string {
  return [pausesWords(s.pauses), loggedOffWords(s.logoffs), tookBackWords(s.minutesTakenBack)]
    .filter(Boolean)
    .join(' · ');
}

const minutesOf = (week: PauseWeek) => week.sites.reduce((sum, s) => sum + s.minutesTakenBack, 0);

/** The week under way in one gentle line, across every limited site. */
function weekLine(week: PauseWeek): string {
  const pauses = pausesWords(week.sites.reduce((sum, s) => sum + s.pauses, 0));
  const logged = loggedOffWords(week.logoffs);
  const took = tookBackWords(minutesOf(week));
  if (logged && took) return t('pausesWeekBoth', logged, took);
  if (logged) return t('pausesWeekLogged', logged);
  if (pauses) return t('pausesWeekShown', pauses);
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
      {weeks.some((w) => minutesOf(w) > 0) && <p class="hint">{tookBackHowWords()}</p>}
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
