// The last seven days: wins per day, days with a win (never a streak),
// kinds in words (log-offs among them, counted as everywhere: figures.ts),
// top tags, limited-site minutes, the weekly note, and each day's energy
// beside its bar with a kind line about the low-energy days.
import './week-energy.css';
import { ENERGY_WORD } from '@/components/wins/EnergyToday';
import { useLive } from '@/hooks/use-live';
import { addDays } from '@/utils/core/day';
import { lastDays, reviewId, weekSummary } from '@/utils/core/insights';
import { isRestDay } from '@/utils/core/nudge';
import type { Settings } from '@/utils/core/settings';
import { lowDays } from '@/utils/core/steps';
import { t } from '@/utils/i18n';
import { energyOfDays } from '@/utils/store/energy';
import { listRange } from '@/utils/store/history';
import { getReflection } from '@/utils/store/reflections';
import { usageRange } from '@/utils/store/usage';
import { kindsWords, siteUsedWords } from '@/utils/ui/figure-words';
import { dayCountLabel, longDay, shortWeekday } from '@/utils/ui/format';
import { plural } from '@/utils/ui/plural';

export function WeekView({ today, settings }: { today: string; settings: Settings }) {
  const from = addDays(today, -6);
  const summary = useLive(
    async () => {
      const [wins, usage] = await Promise.all([listRange(from, today), usageRange(from, today)]);
      return weekSummary(today, wins, usage, settings.sites);
    },
    [today, settings],
    ['wins', 'usage'],
  ).data;
  // The latest weekly note within these seven days.
  const note = useLive(
    async () =>
      (await Promise.all(lastDays(today).map((day) => getReflection(reviewId(day)))))
        .filter(Boolean)
        .at(-1),
    [today],
    ['reflections'],
  ).data;

  const energy = useLive(() => energyOfDays(lastDays(today)), [today], ['reflections']).data;

  if (!summary) return null;
  const low = lowDays(summary.perDay, energy ?? {});
  const most = Math.max(1, ...summary.perDay.map((d) => d.count));
  // Each kind in words ("3 times you chose to log off"), and only the sites with minutes used.
  const kinds = kindsWords(summary.byKind);
  const sites = summary.sites.flatMap((s) => {
    const words = siteUsedWords(s.label, s.usedMinutes, s.budgetMinutes);
    return words ? [{ host: s.host, words }] : [];
  });
  return (
    <section class="card week" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('weekHeading')}</h2>
      <p class="big">
        {summary.daysWithWin > 0 ? t('weekDaysWithWin', summary.daysWithWin) : t('weekQuiet')}
      </p>
      <ol class="bars" aria-label={t('weekChartLabel')}>
        {summary.perDay.map(({ day, count }) => {
          const mood = energy?.[day];
          // A rest day is rest, never a day without wins.
          const rest = isRestDay(day, settings.restWeekdays, settings.restDays);
          const label =
            rest && count === 0 ? t('restDayOn', longDay(day)) : dayCountLabel(count, day);
          return (
            <li
              key={day}
              aria-label={mood ? t('dayWithEnergy', label, t(ENERGY_WORD[mood])) : label}
            >
              <span class="bar" style={{ height: `${(count / most) * 100}%` }} aria-hidden="true" />
              <span class="bar-count" aria-hidden="true">
                {count}
              </span>
              <span class="bar-day" aria-hidden="true">
                {shortWeekday(day)}
              </span>
              <span class={`bar-energy ${mood ?? ''}`} aria-hidden="true">
                {mood ? t(ENERGY_WORD[mood]) : rest ? t('restDayWords') : ''}
              </span>
            </li>
          );
        })}
      </ol>
      {low.days > 0 && low.wins > 0 && (
        <p class="low-days">
          {t(
            'weekLowLine',
            plural('lowDays', low.days, low.days),
            plural('things', low.wins, low.wins),
          )}
        </p>
      )}
      <div class="week-facts">
        {kinds.length > 0 && (
          <div>
            <h3>{t('weekKinds')}</h3>
            <ul>
              {kinds.map((words) => (
                <li key={words}>{words}</li>
              ))}
            </ul>
          </div>
        )}
        {summary.topTags.length > 0 && (
          <div>
            <h3>{t('weekTopTags')}</h3>
            <ul>
              {summary.topTags.map(({ tag, count }) => (
                <li key={tag}>
                  <bdi>#{tag}</bdi>: {count}
                </li>
              ))}
            </ul>
          </div>
        )}
        {sites.length > 0 && (
          <div>
            <h3>{t('weekSites')}</h3>
            <ul>
              {sites.map((s) => (
                <li key={s.host}>{s.words}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {note && (
        <div class="note">
          <h3>{t('reviewNote')}</h3>
          <p class="note-text" dir="auto">
            {note.text}
          </p>
        </div>
      )}
    </section>
  );
}
