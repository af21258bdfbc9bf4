// "How's your energy today?": one press on Low, Some or Plenty. Asked until
// answered for the day; after that it is a small choice that can change.
import { useEffect, useState } from 'preact/hooks';
import { ENERGIES, type Energy } from '@/utils/core/steps';
import { type MessageKey, t } from '@/utils/i18n';

export const ENERGY_WORD: Record<Energy, MessageKey> = {
  low: 'energyLow',
  some: 'energySome',
  plenty: 'energyPlenty',
};

interface Props {
  id: string;
  energy?: Energy;
  busy: boolean;
  onChoose: (energy: Energy) => void;
}

export function EnergyToday({ id, energy: stored, busy, onChoose }: Props) {
  // The press shows at once; the stored answer takes over when it is read back.
  const [energy, setEnergy] = useState(stored);
  useEffect(() => setEnergy(stored), [stored]);
  const legendId = `${id}-legend`;
  return (
    <div
      class={energy ? 'energy answered' : 'energy'}
      role="radiogroup"
      aria-labelledby={legendId}
      aria-busy={busy ? true : undefined}
    >
      <span id={legendId} class="energy-legend">
        {energy ? t('energyToday') : t('energyQuestion')}
      </span>
      {ENERGIES.map((value) => (
        <label key={value} class="energy-choice">
          <input
            type="radio"
            name={id}
            value={value}
            checked={energy === value}
            onChange={() => {
              setEnergy(value);
              onChoose(value);
            }}
          />
          {t(ENERGY_WORD[value])}
        </label>
      ))}
    </div>
  );
}
