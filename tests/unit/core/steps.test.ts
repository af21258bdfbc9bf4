// Small steps' pure rules: the goal's tag, the chip order at today's energy,
// a try's days done under the person's day start, goal counts, and repair.
import { describe, expect, it } from 'vitest';
import { normalizeSettings } from '../../../utils/core/settings';
import {
  type Chip,
  goalCounts,
  goalTag,
  lowDays,
  MAX_STEPS,
  mergeSteps,
  normalizeSteps,
  orderChips,
  type SmallStep,
  stepWin,
  tryProgress,
} from '../../../utils/core/steps';
import { extractTags, type Win } from '../../../utils/core/win-rules';

let n = 0;
const win = (day: string, text: string, tags = extractTags(text)): Win => ({
  id: `w${++n}`,
  text,
  day,
  at: new Date(`${day}T12:00:00`).getTime() + n,
  kind: 'win',
  tags,
});
const chip = (key: string, gentle: boolean): Chip => ({ key, text: key, gentle });
const at = (day: string, hour: number) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:30:00`).getTime();

describe('a goal gives its wins a tag', () => {
  it('turns a goal into the tag extractTags reads back', () => {
    expect(goalTag('Write a book')).toBe('write-a-book');
    expect(goalTag('  Run 5 km, slowly!  ')).toBe('run-5-km-slowly');
    expect(goalTag('Aprender a tejer ñandutí')).toBe('aprender-a-tejer-ñandutí');
    expect(goalTag('🌱')).toBeUndefined();
    expect(goalTag(undefined)).toBeUndefined();
    const long = goalTag(`${'a'.repeat(39)} bcd`);
    expect(long).toBe('a'.repeat(39));
  });

  it('saves a step as its own words, with its goal’s tag beside them', () => {
    expect(stepWin({ text: 'Write 100 words', goal: 'Write a book' })).toEqual({
      text: 'Write 100 words',
      tags: ['write-a-book'],
    });
    expect(stepWin({ text: 'Wrote #write-a-book', goal: 'Write a book' })).toEqual({
      text: 'Wrote #write-a-book',
      tags: ['write-a-book'],
    });
    expect(stepWin({ text: 'Stretch 5 minutes' })).toEqual({ text: 'Stretch 5 minutes' });
  });
});

describe('chip order by energy', () => {
  const own = [chip('write', false), chip('stretch', true)];
  const builtIn = [chip('water', true), chip('help', false), chip('outside', true)];

  it('puts the person’s steps first, in their order, on an ordinary day', () => {
    const keys = (e?: 'some' | 'plenty') => orderChips(own, builtIn, e).map((c) => c.key);
    expect(keys()).toEqual(['write', 'stretch', 'water', 'help', 'outside']);
    expect(keys('some')).toEqual(keys());
    expect(keys('plenty')).toEqual(keys());
  });

  it('brings the gentle ones first on a low day, the person’s own before the built-in', () => {
    expect(orderChips(own, builtIn, 'low').map((c) => c.key)).toEqual([
      'stretch',
      'water',
      'outside',
      'write',
      'help',
    ]);
  });
});

describe('a try’s progress', () => {
  const step: SmallStep & { challenge: { start: string; days: number } } = {
    id: 's1',
    text: 'Stretch 5 minutes',
    goal: 'Move more',
    gentle: true,
    challenge: { start: '2026-05-01', days: 3 },
  };
  const taken = (day: string) => win(day, step.text, ['move-more']);

  it('counts the days done so far, with gaps, and each day once', () => {
    const wins = [taken('2026-05-01'), taken('2026-05-01'), win('2026-05-02', 'Other thing')];
    const p = tryProgress(step, [...wins, taken('2026-05-03')], at('2026-05-03', 9), 0);
    expect(p.daysDone).toBe(2);
    expect(tryProgress(step, wins, at('2026-05-02', 20), 0)).toMatchObject({
      daysDone: 1,
      ended: false,
      lastDay: '2026-05-03',
    });
  });

  it('counts typed wins with the same words, but nothing before or after the try', () => {
    const wins = [
      win('2026-04-30', 'Stretch 5 minutes'),
      win('2026-05-02', '  stretch 5   MINUTES '),
      win('2026-05-04', 'Stretch 5 minutes'),
    ];
    expect(tryProgress(step, wins, at('2026-05-09', 9), 0).daysDone).toBe(1);
  });

  it('is still under way before the person’s day starts on the day after the last', () => {
    const wins = [taken('2026-05-01')];
    // 02:30 on the 4th with a 04:00 day start is still the 3rd, the last day.
    expect(tryProgress(step, wins, at('2026-05-04', 2), 4)).toMatchObject({
      today: '2026-05-03',
      ended: false,
    });
    expect(tryProgress(step, wins, at('2026-05-04', 5), 4)).toMatchObject({
      today: '2026-05-04',
      ended: true,
      daysDone: 1,
    });
  });

  it('ends on the last day as soon as that day is done', () => {
    const before = tryProgress(step, [taken('2026-05-01')], at('2026-05-03', 10), 0);
    expect(before.ended).toBe(false);
    const after = tryProgress(
      step,
      [taken('2026-05-01'), taken('2026-05-03')],
      at('2026-05-03', 11),
      0,
    );
    expect(after).toMatchObject({ ended: true, daysDone: 2 });
  });

  it('ends with nothing done and says so only as zero days done', () => {
    expect(tryProgress(step, [], at('2026-05-10', 12), 0)).toMatchObject({
      ended: true,
      daysDone: 0,
    });
  });
});

describe('goal counts', () => {
  const steps: SmallStep[] = [
    { id: 'a', text: 'Write 100 words', goal: 'Write a book', gentle: false },
    { id: 'b', text: 'Read a page', goal: 'Write a book', gentle: true },
    { id: 'c', text: 'Walk', goal: 'Move more', gentle: true },
    { id: 'd', text: 'Water', gentle: true },
  ];

  it('counts each goal’s tagged wins in the last 7 days and this calendar month', () => {
    const wins = [
      win('2026-05-10', 'Write 100 words #write-a-book'),
      win('2026-05-09', 'Read a page #write-a-book'),
      win('2026-05-03', 'Write 100 words #write-a-book'),
      win('2026-05-01', 'Write 100 words #write-a-book'),
      win('2026-04-30', 'Write 100 words #write-a-book'),
      win('2026-05-11', 'Tomorrow #write-a-book'),
      win('2026-05-10', 'Walk'),
    ];
    expect(goalCounts(steps, wins, '2026-05-10')).toEqual([
      { goal: 'Write a book', tag: 'write-a-book', week: 2, month: 4 },
      { goal: 'Move more', tag: 'move-more', week: 0, month: 0 },
    ]);
  });

  it('counts a week that began last month in the week, not the month', () => {
    const wins = [win('2026-05-29', 'Walk #move-more'), win('2026-06-02', 'Walk #move-more')];
    expect(goalCounts(steps, wins, '2026-06-03')[1]).toMatchObject({ week: 2, month: 1 });
  });
});

describe('low-energy days in the week', () => {
  it('adds up what was still done on low days', () => {
    const perDay = [
      { day: '2026-05-01', count: 3 },
      { day: '2026-05-02', count: 0 },
      { day: '2026-05-03', count: 4 },
      { day: '2026-05-04', count: 2 },
    ];
    const energy = { '2026-05-01': 'low', '2026-05-02': 'low', '2026-05-03': 'low' } as const;
    expect(lowDays(perDay, { ...energy, '2026-05-04': 'plenty' })).toEqual({ days: 3, wins: 7 });
  });
});

describe('stored steps are repaired', () => {
  it('keeps good steps and drops or trims what is out of range', () => {
    const steps = normalizeSteps([
      {
        id: 'a',
        text: '  Write 100 words ',
        goal: ' Write a book ',
        gentle: true,
        challenge: { start: '2026-05-01', days: 7 },
      },
      { id: 'a', text: 'Same id again' },
      { id: 'b', text: '' },
      { id: 'c', text: 'x'.repeat(201) },
      { id: 'd', text: 'Long goal', goal: 'g'.repeat(101), gentle: 'yes' },
      { id: 'e', text: 'Bad try', challenge: { start: '2026-02-30', days: 7 } },
      { id: 'f', text: 'Too long a try', challenge: { start: '2026-05-01', days: 31 } },
      { text: 'No id' },
      'not a step',
    ]);
    expect(steps).toEqual([
      {
        id: 'a',
        text: 'Write 100 words',
        goal: 'Write a book',
        gentle: true,
        challenge: { start: '2026-05-01', days: 7 },
      },
      { id: 'd', text: 'Long goal', gentle: false },
      { id: 'e', text: 'Bad try', gentle: false },
      { id: 'f', text: 'Too long a try', gentle: false },
      { id: 'step-7', text: 'No id', gentle: false },
    ]);
  });

  it('keeps at most fifty steps', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, text: `Step ${i}` }));
    expect(normalizeSteps(many)).toHaveLength(MAX_STEPS);
  });

  it('rides in the settings with the chip and energy choices, repaired there', () => {
    const s = normalizeSettings({
      steps: [{ id: 'a', text: 'Walk' }],
      showBuiltInSteps: false,
      askEnergy: 'no',
    });
    expect(s.steps).toEqual([{ id: 'a', text: 'Walk', gentle: false }]);
    expect(s.showBuiltInSteps).toBe(false);
    expect(s.askEnergy).toBe(true);
    expect(normalizeSettings(undefined)).toMatchObject({
      steps: [],
      showBuiltInSteps: true,
      askEnergy: true,
    });
  });

  it('adds imported steps the person does not have yet', () => {
    const mine: SmallStep[] = [{ id: 'a', text: 'Walk', gentle: false }];
    const incoming: SmallStep[] = [
      { id: 'a', text: 'Walk far', gentle: false },
      { id: 'b', text: 'walk', gentle: true },
      { id: 'c', text: 'Read', gentle: true },
    ];
    expect(mergeSteps(mine, incoming).map((s) => s.id)).toEqual(['a', 'c']);
  });
});
