// The last seven days: wins per day, days with a win (never a streak),
// kinds, top tags, log-offs, limited-site minutes, and the weekly note.
import { useEffect, useState } from 'preact/hooks';
import { addDays } from '../../utils/day';
import type { Reflection } from '../../utils/db';
import { listRange, usageRange } from '../../utils/history';
import { t } from '../../utils/i18n';
import { lastDays, reviewId, type WeekSummary, weekSummary } from '../../utils/insights';
import { getReflection } from '../../utils/reflections';
import type { Settings } from '../../utils/settings';
import { dayCountLabel, shortWeekday } from './format';
import { useChanges } from './useChanges';

const KIND_KEYS = {
  win: 'kindWin',
  logoff: 'kindLogoff',
  pause: 'kindPause',
  recap: 'kindRecap',
} as const;

export function WeekView({ today, settings }: { today: string; settings: Settings }) {
  const changes = useChanges('wins-changed', 'usage-changed');
  const [summary, setSummary] = useState<WeekSummary | undefined>(undefined);
  const [note, setNote] = useState<Reflection | undefined>(undefined);

  useEffect(() => {
    const from = addDays(today, -6);
    void Promise.all([listRange(from, today), usageRange(from, today)]).then(([wins, usage]) =>
      setSummary(weekSummary(today, wins, usage, settings.sites)),
    );
    // The latest weekly note within these seven days.
    void Promise.all(lastDays(today).map((day) => getReflection(reviewId(day)))).then((notes) =>
      setNote(notes.filter(Boolean).at(-1)),
    );
  }, [today, settings, changes]);

  if (!summary) return null;
  const most = Math.max(1, ...summary.perDay.map((d) => d.count));
  return (
    <section class="card week" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('weekHeading')}</h2>
      <p class="big">
        {summary.daysWithWin > 0 ? t('weekDaysWithWin', summary.daysWithWin) : t('weekQuiet')}
      </p>
      <ol class="bars" aria-label={t('weekChartLabel')}>
        {summary.perDay.map(({ day, count }) => (
          <li key={day} aria-label={dayCountLabel(count, day)}>
            <span class="bar" style={{ height: `${(count / most) * 100}%` }} aria-hidden="true" />
            <span class="bar-count" aria-hidden="true">
              {count}
            </span>
            <span class="bar-day" aria-hidden="true">
              {shortWeekday(day)}
            </span>
          </li>
        ))}
      </ol>
      <div class="week-facts">
        {Object.keys(summary.byKind).length > 0 && (
          <div>
            <h3>{t('weekKinds')}</h3>
            <ul>
              {Object.entries(summary.byKind).map(([kind, count]) => (
                <li key={kind}>
                  {t(KIND_KEYS[kind as keyof typeof KIND_KEYS])}: {count}
                </li>
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
                  #{tag}: {count}
                </li>
              ))}
            </ul>
          </div>
        )}
        {summary.sites.length > 0 && (
          <div>
            <h3>{t('weekSites')}</h3>
            <ul>
              {summary.sites.map((s) => (
                <li key={s.host}>{t('weekSiteLine', s.label, s.usedMinutes, s.budgetMinutes)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {summary.logoffs > 0 && <p>{t('weekLogoffs', summary.logoffs)}</p>}
      {note && (
        <div class="note">
          <h3>{t('reviewNote')}</h3>
          <p class="note-text">{note.text}</p>
        </div>
      )}
    </section>
  );
}
