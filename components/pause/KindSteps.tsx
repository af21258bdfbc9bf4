// Kinder ways out of a pause: two or three small steps away from the screen
// (the person's own small steps when they have some, otherwise built-in
// ones). Each is a real button named by the step; the group says that
// choosing one logs off as well, and that both count.
import { type PauseStep, pauseSteps } from '@/utils/core/pause-steps';
import type { SmallStep } from '@/utils/core/steps';
import { t } from '@/utils/i18n';

function builtIn(): PauseStep[] {
  return [
    { key: 'stretch', label: t('pauseStepStretch'), win: { text: t('pauseStepStretchWin') } },
    { key: 'water', label: t('pauseStepWater'), win: { text: t('pauseStepWaterWin') } },
    { key: 'outside', label: t('pauseStepOutside'), win: { text: t('pauseStepOutsideWin') } },
  ];
}

interface Props {
  own: readonly SmallStep[];
  busy: boolean;
  onChoose: (step: PauseStep) => void;
}

export function KindSteps({ own, busy, onChoose }: Props) {
  const steps = pauseSteps(own, builtIn());
  return (
    <section class="kind-steps" aria-labelledby="kind-steps-heading">
      <h2 id="kind-steps-heading">{t('pauseStepsHeading')}</h2>
      <p id="kind-steps-hint">{t('pauseStepsHint')}</p>
      <ul class="kind-steps-list">
        {steps.map((step) => (
          <li key={step.key}>
            <button
              type="button"
              class="secondary"
              disabled={busy}
              aria-describedby="kind-steps-hint"
              onClick={() => onChoose(step)}
            >
              <bdi>{step.label}</bdi>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
