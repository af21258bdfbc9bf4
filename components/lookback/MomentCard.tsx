// The one card below today's wins on the new tab, loaded after the list as
// its own chunk: what the moment and the person's own days call for (see
// utils/core/moment.ts), never more than one. The intention and the recap
// the reminder opened offer a quiet way to make today a rest day instead.
import type { ComponentChildren } from 'preact';
import { useLive } from '@/hooks/use-live';
import { useSettings } from '@/hooks/use-settings';
import { reviewId } from '@/utils/core/insights';
import { type Moment, momentOf } from '@/utils/core/moment';
import { isRestDay } from '@/utils/core/nudge';
import { promptOfDay } from '@/utils/core/prompts';
import type { Settings } from '@/utils/core/settings';
import { wrapYear } from '@/utils/core/wrap-up';
import { t } from '@/utils/i18n';
import { momentCounts } from '@/utils/store/moment-facts';
import { weekStartFor } from '@/utils/ui/week';
import { NudgeChoices } from './NudgeChoices';
import { PastWin, type PickedWin, pickPastWin } from './PastWin';
import { Recap } from './Recap';
import { ReflectionForm } from './ReflectionForm';
import { RestToday } from './RestToday';
import './moment.css';

/** Opened from the evening reminder: the recap shows, ready to type. */
const fromNudge = new URLSearchParams(location.search).get('recap') === 'nudge';

interface Chosen {
  moment: Moment | undefined;
  past: PickedWin | undefined;
}

async function choose(today: string, settings: Settings): Promise<Chosen> {
  const now = Date.now();
  const [counts, past] = await Promise.all([
    momentCounts(today, settings, now),
    pickPastWin(today),
  ]);
  const moment = momentOf({
    now,
    today,
    settings,
    weekStart: weekStartFor(settings),
    facts: { fromNudge, pastWin: past !== undefined, ...counts },
  });
  return { moment, past };
}

function Card({ name, children }: { name: string; children: ComponentChildren }) {
  return <section class={`card moment ${name}`}>{children}</section>;
}

function Body({ moment, past, today, settings }: Chosen & { today: string; settings: Settings }) {
  // The person's own questions when they wrote some; the built-in ones otherwise.
  const morning =
    promptOfDay(today, settings.morningPrompts, settings.promptOrder) ?? t('intentionLabel');
  const evening =
    promptOfDay(today, settings.eveningPrompts, settings.promptOrder) ?? t('recapHeading');
  const rest = <RestToday today={today} settings={settings} />;
  switch (moment) {
    case 'nudge':
      return (
        <Card name="from-nudge">
          {/* No recap is offered on a rest day. */}
          {!isRestDay(today, settings.restWeekdays, settings.restDays) && (
            <Recap day={today} ready heading={evening} />
          )}
          <NudgeChoices />
          {rest}
        </Card>
      );
    case 'rest':
      return <Card name="rest">{rest}</Card>;
    case 'recap':
      return (
        <Card name="evening">
          <Recap day={today} heading={evening} folded />
        </Card>
      );
    case 'review':
      return (
        <section class="card moment review" aria-labelledby="review-heading">
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
      );
    case 'wrap':
      return (
        <section class="card moment invite" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('wrapInvite')}</h2>
          <a href={`/review.html?year=${wrapYear(today)}`}>{t('wrapLink')}</a>
        </section>
      );
    case 'past':
      return <PastWin today={today} picked={past} />;
    case 'intention':
      return (
        <Card name="morning">
          <section class="intention" aria-label={morning}>
            <ReflectionForm
              id={`intention:${today}`}
              kind="intention"
              day={today}
              label={morning}
              saveText={t('intentionSave')}
              savedText={t('intentionSaved')}
            />
          </section>
          {rest}
        </Card>
      );
    default:
      // A try that ended is celebrated with the small steps, under the field.
      return null;
  }
}

/** Reads the settings itself: the new tab's first script needs none of them. */
export function MomentCard({ today }: { today: string }) {
  const settings = useSettings();
  // Chosen once for the opening (and again if the settings change): a card
  // never swaps for another while the person types into it.
  const chosen = useLive(
    async () => (settings ? choose(today, settings) : undefined),
    [today, settings],
  ).data;
  if (!settings || !chosen) return null;
  return <Body {...chosen} today={today} settings={settings} />;
}
