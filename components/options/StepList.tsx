// The person's small steps in their order: edit (in the form above), move up
// or down (focus stays on the moved step, so the keyboard can keep going),
// remove, and try one for a few days or stop its try.
import { useEffect, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { dayKey } from '@/utils/core/day';
import type { Settings } from '@/utils/core/settings';
import type { SmallStep } from '@/utils/core/steps';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/store/settings';
import { fullDate } from '@/utils/ui/format';

const TRY_LENGTHS = [3, 5, 7, 10, 14, 21, 30];

interface Props {
  settings: Settings;
  onEdit: (step: SmallStep) => void;
  onStatus: (s: string) => void;
}

export function StepList({ settings, onEdit, onStatus }: Props) {
  const { problem, run } = useAction();
  const [lengths, setLengths] = useState<Record<string, number>>({});
  const [focusNext, setFocusNext] = useState<string | undefined>(undefined);
  const { steps } = settings;

  useEffect(() => {
    if (!focusNext) return;
    const target = document.getElementById(focusNext);
    if (target) {
      target.focus();
      setFocusNext(undefined);
    }
  }, [settings, focusNext]);

  const change = (next: (list: SmallStep[]) => SmallStep[], status: string) =>
    run(async () => {
      await updateSettings((s) => ({ ...s, steps: next(s.steps) }));
      onStatus(status);
    });

  function move(step: SmallStep, by: -1 | 1) {
    const at = steps.findIndex((s) => s.id === step.id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= steps.length) return;
    const edge = to === 0 || to === steps.length - 1;
    const dir = by < 0 ? 'up' : 'down';
    setFocusNext(`step-${edge ? (dir === 'up' ? 'down' : 'up') : dir}-${step.id}`);
    void change(
      (list) => {
        const copy = list.filter((s) => s.id !== step.id);
        copy.splice(to, 0, step);
        return copy;
      },
      t('stepMoved', step.text),
    );
  }

  const setTry = (step: SmallStep, days: number | undefined) => {
    const start = dayKey(Date.now(), settings.dayStartHour);
    const challenge = days ? { start, days } : undefined;
    void change(
      (list) => list.map((s) => (s.id === step.id ? { ...s, challenge } : s)),
      days ? t('tryStartedStatus', days, step.text) : t('tryStoppedStatus', step.text),
    );
  };

  if (steps.length === 0) return <p class="hint">{t('stepsEmpty')}</p>;
  return (
    <>
      <ul class="steps" aria-labelledby="steps-heading">
        {steps.map((step, i) => (
          <li key={step.id} class="step">
            <div class="step-name">
              <strong dir="auto">{step.text}</strong>
              {step.goal && <span class="used">{t('stepGoalLine', step.goal)}</span>}
              {step.gentle && <span class="used">{t('stepGentleMark')}</span>}
              {step.challenge && (
                <span class="used">
                  {t('tryRunning', step.challenge.days, fullDate(step.challenge.start))}
                </span>
              )}
            </div>
            <div class="step-actions">
              <button
                type="button"
                class="secondary"
                aria-label={t('stepEdit', step.text)}
                onClick={() => onEdit(step)}
              >
                {t('stepEditShort')}
              </button>
              {i > 0 && (
                <button
                  id={`step-up-${step.id}`}
                  type="button"
                  class="secondary"
                  aria-label={t('stepMoveUp', step.text)}
                  onClick={() => move(step, -1)}
                >
                  {t('stepMoveUpShort')}
                </button>
              )}
              {i < steps.length - 1 && (
                <button
                  id={`step-down-${step.id}`}
                  type="button"
                  class="secondary"
                  aria-label={t('stepMoveDown', step.text)}
                  onClick={() => move(step, 1)}
                >
                  {t('stepMoveDownShort')}
                </button>
              )}
              <button
                type="button"
                class="secondary"
                aria-label={t('stepRemove', step.text)}
                onClick={() =>
                  void change(
                    (list) => list.filter((s) => s.id !== step.id),
                    t('stepRemoved', step.text),
                  )
                }
              >
                {t('stepRemoveShort')}
              </button>
            </div>
            <div class="step-try">
              {step.challenge ? (
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('tryStop', step.text)}
                  onClick={() => setTry(step, undefined)}
                >
                  {t('tryStopShort')}
                </button>
              ) : (
                <>
                  <label for={`try-days-${step.id}`}>{t('tryDaysLabel', step.text)}</label>
                  <select
                    id={`try-days-${step.id}`}
                    value={String(lengths[step.id] ?? 7)}
                    onChange={(e) =>
                      setLengths({ ...lengths, [step.id]: Number(e.currentTarget.value) })
                    }
                  >
                    {TRY_LENGTHS.map((n) => (
                      <option key={n} value={String(n)}>
                        {t('tryDaysOption', n)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('tryStart', step.text)}
                    onClick={() => setTry(step, lengths[step.id] ?? 7)}
                  >
                    {t('tryStartShort')}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      <Problem text={problem} />
    </>
  );
}
