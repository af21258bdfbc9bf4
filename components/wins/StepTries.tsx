// The short tries under way: the days done so far (never the days not done),
// and at the end a celebration of whatever was done, with an offer to keep
// going (a new try of the same length) or to stop here.

import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import { addDays } from '@/utils/core/day';
import type { Settings } from '@/utils/core/settings';
import { type Challenge, type SmallStep, type TryProgress, tryProgress } from '@/utils/core/steps';
import { t } from '@/utils/i18n';
import { listRange } from '@/utils/store/history';
import { updateSettings } from '@/utils/store/settings';
import { plural } from '@/utils/ui/plural';

type Trying = SmallStep & { challenge: Challenge };
const isTrying = (s: SmallStep): s is Trying => s.challenge !== undefined;

export function progressText(daysDone: number): string {
  if (daysDone === 0) return t('tryDaysNone');
  return plural('tryDays', daysDone, daysDone);
}

function endedText(daysDone: number): string {
  if (daysDone === 0) return t('tryEndedNone');
  return plural('tryEnded', daysDone, daysDone);
}

interface Props {
  settings: Settings;
  day: string;
  onStatus: (text: string) => void;
}

export function StepTries({ settings, day, onStatus }: Props) {
  const trying = settings.steps.filter(isTrying);
  const from = trying.map((s) => s.challenge.start).sort()[0];
  const wins = useLive(async () => (from ? listRange(from, day) : []), [from, day], ['wins']).data;
  const { problem, run } = useAction();
  if (!wins || trying.length === 0) return null;
  const now = Date.now();
  const all = trying.map((step) => ({
    step,
    progress: tryProgress(step, wins, now, settings.dayStartHour),
  }));

  const setChallenge = (id: string, challenge: Challenge | undefined, status: string) =>
    run(async () => {
      await updateSettings((s) => ({
        ...s,
        steps: s.steps.map((x) => (x.id === id ? { ...x, challenge } : x)),
      }));
      onStatus(status);
    });
  const keepGoing = (step: Trying, progress: TryProgress) => {
    // A try ended by today's step begins anew tomorrow, so today is not counted twice.
    const start = progress.today > progress.lastDay ? progress.today : addDays(progress.today, 1);
    void setChallenge(step.id, { start, days: step.challenge.days }, t('tryKeptStatus', step.text));
  };

  const running = all.filter((a) => !a.progress.ended);
  return (
    <div class="tries">
      {running.length > 0 && (
        <ul class="try-list" aria-label={t('triesLabel')}>
          {running.map(({ step, progress }) => (
            <li key={step.id}>{t('tryLine', step.text, progressText(progress.daysDone))}</li>
          ))}
        </ul>
      )}
      {all
        .filter((a) => a.progress.ended)
        .map(({ step, progress }) => (
          <div key={step.id} class="try-done">
            <p class="try-done-title">
              <span aria-hidden="true">🎉 </span>
              {t('tryEndedHeading', step.challenge.days, step.text)}
            </p>
            <p>{endedText(progress.daysDone)}</p>
            <div class="try-choices">
              <button
                type="button"
                aria-label={t('tryKeepGoing', step.text)}
                onClick={() => keepGoing(step, progress)}
              >
                {t('tryKeepGoingShort')}
              </button>
              <button
                type="button"
                class="secondary"
                aria-label={t('tryStop', step.text)}
                onClick={() =>
                  void setChallenge(step.id, undefined, t('tryStoppedStatus', step.text))
                }
              >
                {t('tryStopShort')}
              </button>
            </div>
          </div>
        ))}
      <Problem text={problem} />
    </div>
  );
}
