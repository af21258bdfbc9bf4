// The person's own questions: which one a day asks (in turn day by day, or
// at random but steady for the whole day), none of their own leaving the
// built-in question, and what is kept of what they type.
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../utils/core/backup-records';
import { addDays } from '../../../utils/core/day';
import { normalizePrompts, parsePromptLines, promptOfDay } from '../../../utils/core/prompts';
import { normalizeSettings } from '../../../utils/core/settings';

const MINE = ['What made me smile?', 'Who helped me today?', 'What did I finish?'];
const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

describe('the question of the day', () => {
  it('leaves the built-in question when the person has none of their own', () => {
    expect(promptOfDay('2026-03-04', [], 'turn')).toBeUndefined();
    expect(promptOfDay('2026-03-04', [], 'random')).toBeUndefined();
  });

  it('takes the questions in turn, one a day, and starts over', () => {
    const asked = days('2026-03-01', 6).map((d) => promptOfDay(d, MINE, 'turn'));
    expect(asked.slice(3)).toEqual(asked.slice(0, 3));
    expect(new Set(asked.slice(0, 3))).toEqual(new Set(MINE));
  });

  it('keeps the turn across the change to summer time', () => {
    const asked = days('2026-03-28', 3).map((d) => promptOfDay(d, MINE, 'turn'));
    expect(new Set(asked).size).toBe(3);
  });

  it('at random, asks the same all day and each of them over a month', () => {
    expect(promptOfDay('2026-03-04', MINE, 'random')).toBe(
      promptOfDay('2026-03-04', MINE, 'random'),
    );
    const asked = days('2026-03-01', 31).map((d) => promptOfDay(d, MINE, 'random'));
    expect(new Set(asked)).toEqual(new Set(MINE));
    // Not simply the turn order.
    const turn = days('2026-03-01', 31).map((d) => promptOfDay(d, MINE, 'turn'));
    expect(asked).not.toEqual(turn);
  });

  it('asks the only question every day when there is one', () => {
    for (const day of days('2026-03-01', 5)) {
      expect(promptOfDay(day, ['One thing?'], 'random')).toBe('One thing?');
    }
  });
});

describe('what is kept of the questions', () => {
  it('keeps at most five distinct one-line questions, trimmed', () => {
    expect(
      normalizePrompts([' A? ', 'A?', '', 'two\nlines', 42, 'B?', 'C?', 'D?', 'E?', 'F?']),
    ).toEqual(['A?', 'B?', 'C?', 'D?', 'E?']);
    expect(normalizePrompts('A?')).toEqual([]);
  });

  it('reads one question a line from the box, explaining what it cannot keep', () => {
    expect(parsePromptLines('What made me smile?\n\n  Who helped?  \n')).toEqual({
      ok: true,
      prompts: ['What made me smile?', 'Who helped?'],
    });
    expect(parsePromptLines('x'.repeat(141))).toEqual({ ok: false, reason: 'tooLong' });
    expect(parsePromptLines('a\nb\nc\nd\ne\nf')).toEqual({ ok: false, reason: 'tooMany' });
  });

  it('travels in a backup, with their order', () => {
    const chosen = normalizeSettings({ morningPrompts: MINE, promptOrder: 'random' });
    expect(checkSettings(JSON.parse(JSON.stringify(chosen)))).toEqual({
      ok: true,
      settings: chosen,
    });
    expect(checkSettings({ promptOrder: 'shuffle' })).toMatchObject({ ok: false });
    expect(checkSettings({ eveningPrompts: ['ok', 'two\nlines'] })).toMatchObject({ ok: false });
  });
});
