// Below the win field: today's energy (if the person wants the question),
// the chips in the order that fits it, and the tries under way.
import { useLayoutEffect, useRef } from 'preact/hooks';
import './steps.css';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import { useSettings } from '@/hooks/use-settings';
import type { NewWin } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { getEnergy, setEnergy } from '@/utils/store/energy';
import { currentDay } from '@/utils/store/settings';
import { rememberStepsHeight, revealBelowSteps } from '@/utils/store/snapshot';
import { ENERGY_WORD, EnergyToday } from './EnergyToday';
import { StepTries } from './StepTries';
import { SuggestionChips } from './SuggestionChips';

interface Props {
  id: string;
  onPick: (win: NewWin) => void;
  onStatus: (text: string) => void;
}

export function SmallSteps({ id, onPick, onStatus }: Props) {
  const settings = useSettings();
  const today = useLive(
    async () => {
      const day = await currentDay();
      return { day, energy: await getEnergy(day) };
    },
    [settings?.dayStartHour],
    ['reflections'],
  ).data;
  const { busy, problem, run } = useAction();
  const root = useRef<HTMLDivElement>(null);
  // After every render: the room this takes, kept for the next opening.
  useLayoutEffect(() => {
    if (!root.current) return;
    rememberStepsHeight(id, Math.ceil(root.current.getBoundingClientRect().height));
    revealBelowSteps();
  });
  if (!settings || !today) return null;
  const energy = settings.askEnergy ? today.energy : undefined;
  return (
    <div class="small-steps" ref={root}>
      {settings.askEnergy && (
        <EnergyToday
          id={`${id}-energy`}
          energy={today.energy}
          busy={busy}
          onChoose={(choice) =>
            void run(async () => {
              await setEnergy(today.day, choice);
              onStatus(t('energySavedStatus', t(ENERGY_WORD[choice])));
            })
          }
        />
      )}
      <Problem text={problem} />
      <SuggestionChips
        steps={settings.steps}
        showBuiltIn={settings.showBuiltInSteps}
        energy={energy}
        onPick={onPick}
      />
      <StepTries settings={settings} day={today.day} onStatus={onStatus} />
    </div>
  );
}
