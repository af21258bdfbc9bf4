// The day's energy is a reflection: saved, changed during the day, and
// carried through export and import with the steps in the settings.
import { expect, it } from 'vitest';
import { buildBackup, parseBackup } from '../../../utils/core/backup';
import { importData, readAll } from '../../../utils/store/data';
import { energyOfDays, getEnergy, setEnergy } from '../../../utils/store/energy';
import { getReflection } from '../../../utils/store/reflections';
import { loadSettings, updateSettings } from '../../../utils/store/settings';

const NOW = new Date(2026, 4, 10, 12).getTime();

it('keeps one energy per day, changeable, as an energy reflection', async () => {
  await setEnergy('2026-05-10', 'low', NOW);
  await setEnergy('2026-05-10', 'some', NOW + 1000);
  await setEnergy('2026-05-09', 'plenty', NOW);
  expect(await getEnergy('2026-05-10')).toBe('some');
  expect(await getReflection('energy:2026-05-10')).toMatchObject({ kind: 'energy', text: 'some' });
  expect(await energyOfDays(['2026-05-08', '2026-05-09', '2026-05-10'])).toEqual({
    '2026-05-09': 'plenty',
    '2026-05-10': 'some',
  });
});

it('exports and imports the energy and the small steps with their try', async () => {
  await setEnergy('2026-05-10', 'low', NOW);
  await updateSettings((s) => ({
    ...s,
    steps: [
      {
        id: 'a',
        text: 'Stretch',
        goal: 'Move more',
        gentle: true,
        challenge: { start: '2026-05-08', days: 3 },
      },
    ],
    askEnergy: false,
  }));
  const text = JSON.stringify(buildBackup(await readAll(), NOW));
  const parsed = parseBackup(text, NOW);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  await updateSettings((s) => ({ ...s, steps: [], askEnergy: true }));
  await importData(parsed.data);
  expect((await loadSettings()).steps).toEqual([
    {
      id: 'a',
      text: 'Stretch',
      goal: 'Move more',
      gentle: true,
      challenge: { start: '2026-05-08', days: 3 },
    },
  ]);
  expect(await getEnergy('2026-05-10')).toBe('low');
});
