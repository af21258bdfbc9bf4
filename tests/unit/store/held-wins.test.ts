// Wins entered before the app was up are saved in order, each arrives warm,
// and the form says the last one as it says any save, even when it starts
// listening only after the save.
import { describe, expect, it } from 'vitest';
import { listDay } from '../../../utils/store/wins';
import { takeFresh } from '../../../utils/ui/fresh-wins';
import { saveHeldWins } from '../../../utils/ui/held-wins';
import { onSaidSave } from '../../../utils/ui/said-saves';

const morning = new Date(2026, 10, 22, 9, 0).getTime();

describe('wins held before the app was up', () => {
  it('are saved in order, arrive warm, and the last is said by the listening form', async () => {
    const said: string[] = [];
    const stop = onSaidSave('win-text', (text) => said.push(text));
    await saveHeldWins(
      [
        { text: 'Fed the cat', at: morning },
        { text: '  Watered the plants ', at: morning + 1 },
      ],
      'win-text',
    );
    stop();
    const day = await listDay('2026-11-22');
    expect(day.map((w) => w.text).sort()).toEqual(['Fed the cat', 'Watered the plants']);
    expect(day.map((w) => takeFresh(w.id))).toEqual([true, true]);
    expect(said).toEqual(['Watered the plants']);
  });

  it('are said once the form listens, when they were saved before it did', async () => {
    await saveHeldWins([{ text: 'Stretched', at: morning }], 'newtab-win-text');
    const said: string[] = [];
    onSaidSave('newtab-win-text', (text) => said.push(text))();
    expect(said).toEqual(['Stretched']);
    // Said once: a form listening again later hears nothing more.
    onSaidSave('newtab-win-text', (text) => said.push(text))();
    expect(said).toEqual(['Stretched']);
  });

  it('say nothing when nothing was saved', async () => {
    const said: string[] = [];
    const stop = onSaidSave('win-text', (text) => said.push(text));
    await saveHeldWins([], 'win-text');
    stop();
    expect(said).toEqual([]);
  });
});
