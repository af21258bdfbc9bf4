// Everything below today's list on the new tab, loaded after it as a
// separate chunk so the first paint never waits for the past.

import { useSettings } from '@/hooks/use-settings';
import { recapDue, reviewDue, reviewId } from '@/utils/core/insights';
import { isRestDay } from '@/utils/core/nudge';
import { promptOfDay } from '@/utils/core/prompts';
import { wrapYear, yearEndSeason } from '@/utils/core/wrap-up';
import { t } from '@/utils/i18n';
import { weekStartFor } from '@/utils/ui/week';
import { GoalsCard } from './GoalsCard';
import { NudgeChoices } from './NudgeChoices';
import { PastWin } from './PastWin';
import { PauseWeeks } from './PauseWeeks';
import { Recap } from './Recap';
import { ReflectionForm } from './ReflectionForm';
import { RestToday } from './RestToday';
import { SearchWins } from './SearchWins';
import { WeekView } from './WeekView';
import { YearGrid } from './YearGrid';
import './lookback.css';

/** Opened from the evening reminder: the recap shows, ready to type. */
const fromNudge = new URLSearchParams(location.search).get('recap') === 'nudge';

/** The look back reads the settings itself: the new tab's first script needs none of them. */
export function LookBack({ today }: { today: string }) {
  const settings = useSettings();
  if (!settings) return null;
  const now = Date.now();
  // The person's own questions when they wrote some; the built-in ones otherwise.
  const morning =
    promptOfDay(today, settings.morningPrompts, settings.promptOrder) ?? t('intentionLabel');
  const evening =
    promptOfDay(today, settings.eveningPrompts, settings.promptOrder) ?? t('recapHeading');
  return (
    <div class="look-back">
      {yearEndSeason(today) && (
        <section class="card invite" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('wrapInvite')}</h2>
          <a href={`/review.html?year=${wrapYear(today)}`}>{t('wrapLink')}</a>
        </section>
      )}
      <section class="card intention" aria-label={morning}>
        <ReflectionForm
          id={`intention:${today}`}
          kind="intention"
          day={today}
          label={morning}
          saveText={t('intentionSave')}
          savedText={t('intentionSaved')}
        />
      </section>
      {/* No recap is offered on a rest day. */}
      {!isRestDay(today, settings.restWeekdays, settings.restDays) &&
        (fromNudge || recapDue(now, settings.recapHour, settings.dayStartHour)) && (
          <Recap day={today} ready={fromNudge} heading={evening} />
        )}
      {fromNudge && <NudgeChoices />}
      <RestToday today={today} settings={settings} />
      {reviewDue(today, settings.reviewWeekday, weekStartFor(settings)) && (
        <section class="card review" aria-labelledby="review-heading">
          <h2 id="review-heading">{t('reviewHeading')}</h2>
          <ReflectionForm
            id={reviewId(today)}
            kind="weekly"
            day={today}
            label={t('reviewPrompt')}
            saveText={t('reviewSave')}
            savedText={t('reviewSaved')}
            multiline
          />
        </section>
      )}
      <WeekView today={today} settings={settings} />
      <PauseWeeks today={today} settings={settings} />
      <GoalsCard today={today} settings={settings} />
      <PastWin today={today} />
      <YearGrid
        today={today}
        weekStart={weekStartFor(settings)}
        isRest={(day) => isRestDay(day, settings.restWeekdays, settings.restDays)}
      />
      <SearchWins />
      <nav class="card wrap-links" aria-label={t('wrapLink')}>
        <a href="/review.html">{t('wrapLink')}</a>
        <a href="/share.html">{t('wrapShare')}</a>
      </nav>
    </div>
  );
}
