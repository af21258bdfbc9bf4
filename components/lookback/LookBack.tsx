// Everything below today's list on the new tab, loaded after it as a
// separate chunk so the first paint never waits for the past.

import { t } from '../../utils/i18n';
import { recapDue, reviewDue, reviewId } from '../../utils/insights';
import type { Settings } from '../../utils/settings';
import { PastWin } from './PastWin';
import { Recap } from './Recap';
import { ReflectionForm } from './ReflectionForm';
import { SearchWins } from './SearchWins';
import { WeekView } from './WeekView';
import { YearGrid } from './YearGrid';

export function LookBack({ today, settings }: { today: string; settings: Settings }) {
  const now = Date.now();
  return (
    <div class="look-back">
      <section class="card intention" aria-label={t('intentionLabel')}>
        <ReflectionForm
          id={`intention:${today}`}
          kind="intention"
          day={today}
          label={t('intentionLabel')}
          saveText={t('intentionSave')}
          savedText={t('intentionSaved')}
        />
      </section>
      {recapDue(now, settings.recapHour, settings.dayStartHour) && (
        <Recap day={today} dayStartHour={settings.dayStartHour} />
      )}
      {reviewDue(today, settings.reviewWeekday) && (
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
      <PastWin today={today} />
      <YearGrid today={today} />
      <SearchWins />
    </div>
  );
}
