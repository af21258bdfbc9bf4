// The day's energy, kept as a reflection (kind 'energy', id `energy:<day>`,
// text 'low' | 'some' | 'plenty'), so it travels with export and import
// without a store of its own. Changing it during the day overwrites the one
// record.
import type { DayKey } from '@/utils/core/day';
import { type Energy, energyId, isEnergy } from '@/utils/core/steps';
import { getReflection, saveReflection } from './reflections';

export async function getEnergy(day: DayKey): Promise<Energy | undefined> {
  const text = (await getReflection(energyId(day)))?.text;
  return isEnergy(text) ? text : undefined;
}

export async function setEnergy(day: DayKey, energy: Energy, now = Date.now()): Promise<void> {
  const result = await saveReflection({
    id: energyId(day),
    kind: 'energy',
    day,
    text: energy,
    at: now,
  });
  if (!result.ok) throw new Error(result.reason);
}

/** The energy of each of `days` that has one. */
export async function energyOfDays(days: readonly DayKey[]): Promise<Record<DayKey, Energy>> {
  const all = await Promise.all(days.map((day) => getEnergy(day)));
  const found: Record<DayKey, Energy> = {};
  for (const [i, day] of days.entries()) {
    const energy = all[i];
    if (energy) found[day] = energy;
  }
  return found;
}
