// A goal's tag lives in a win's tags, beside the person's words: it is
// stored that way, survives an edit of the words, and is what the goal's
// counts find.
import { describe, expect, it } from 'vitest';
import { goalCounts, stepWin } from '../../../utils/core/steps';
import { addWin, editWin, listDay } from '../../../utils/store/wins';

const morning = new Date(2026, 10, 22, 9, 0).getTime();
const step = { id: 's', text: 'एक पन्ना लिखा', goal: 'हिंदी लिखना', gentle: false };

describe('a goal’s tag in the store', () => {
  it('is saved beside the words, kept through an edit, and counted for its goal', async () => {
    const saved = await addWin(stepWin(step), morning);
    expect(saved).toMatchObject({ ok: true, win: { text: 'एक पन्ना लिखा' } });
    await editWin(saved.ok ? saved.win.id : '', 'दो पन्ने लिखे #सुबह');
    const [win] = await listDay('2026-11-22');
    expect(win).toMatchObject({ text: 'दो पन्ने लिखे #सुबह', tags: ['सुबह', 'हिंदी-लिखना'] });
    expect(goalCounts([step], win ? [win] : [], '2026-11-22')).toEqual([
      { goal: 'हिंदी लिखना', tag: 'हिंदी-लिखना', week: 1, month: 1 },
    ]);
  });
});
