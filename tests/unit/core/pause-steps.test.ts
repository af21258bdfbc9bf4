// Which small steps the pause page offers beside "Log off": the person's own
// (gentlest first, at most three, each win as its chip would save it), else
// the built-in ones.
import { describe, expect, it } from 'vitest';
import { PAUSE_STEP_COUNT, pauseSteps } from '../../../utils/core/pause-steps';
import { isStepWin, type SmallStep, tryProgress } from '../../../utils/core/steps';
import { makeWin } from '../../../utils/core/win-rules';

const BUILT_IN = [
  { key: 'stretch', label: 'Stretch for a minute', win: { text: 'Stretched for a minute' } },
  { key: 'water', label: 'Drink a glass of water', win: { text: 'Drank a glass of water' } },
  { key: 'outside', label: 'Step outside', win: { text: 'Stepped outside' } },
];

const step = (id: string, gentle = false, goal?: string): SmallStep => ({
  id,
  text: `Step ${id}`,
  gentle,
  ...(goal ? { goal } : {}),
});

describe('the small steps a pause offers', () => {
  it('offers the built-in steps when the person has none of their own', () => {
    expect(pauseSteps([], BUILT_IN)).toEqual(BUILT_IN);
    expect(PAUSE_STEP_COUNT).toBe(3);
  });

  it('offers only the person’s own steps when they have some, even just one', () => {
    expect(pauseSteps([step('a')], BUILT_IN)).toEqual([
      { key: 'a', label: 'Step a', win: { text: 'Step a' } },
    ]);
  });

  it('puts the gentle steps first, each group in the person’s order, at most three', () => {
    const own = [step('a'), step('b', true), step('c'), step('d', true), step('e')];
    expect(pauseSteps(own, BUILT_IN).map((s) => s.key)).toEqual(['b', 'd', 'a']);
    expect(pauseSteps(own, BUILT_IN, 2).map((s) => s.key)).toEqual(['b', 'd']);
  });

  it('records a step with its goal’s tag beside its words, so it counts toward the goal and its try', () => {
    const own: SmallStep = {
      ...step('w', true, 'Write a book'),
      text: 'Write 100 words',
      challenge: { start: '2026-11-20', days: 3 },
    };
    const [offered] = pauseSteps([own], BUILT_IN);
    expect(offered).toEqual({
      key: 'w',
      label: 'Write 100 words',
      win: { text: 'Write 100 words', tags: ['write-a-book'] },
    });
    const now = new Date(2026, 10, 21, 12).getTime();
    const made = makeWin(offered?.win ?? { text: '' }, { now, id: 'x' });
    if (!made.ok) throw new Error(made.reason);
    const { win } = made;
    expect(win).toMatchObject({ text: 'Write 100 words', tags: ['write-a-book'] });
    expect(isStepWin(own, win)).toBe(true);
    expect(
      tryProgress({ ...own, challenge: { start: '2026-11-20', days: 3 } }, [win], now, 0),
    ).toMatchObject({ daysDone: 1 });
  });
});
