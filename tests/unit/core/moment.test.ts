// Which one card the new tab offers: each moment in a table, and never more
// than one (the choice is a single value, and a card with nothing true to
// show is never chosen).
import { describe, expect, it } from 'vitest';
import { type MomentFacts, type MomentInput, momentOf } from '../../../utils/core/moment';
import { DEFAULT_SETTINGS } from '../../../utils/core/settings';

// 2026-03-04 is a Wednesday; 2026-03-08 a Sunday; 2026-12-09 a Wednesday in December.
const at = (day: string, hour: number) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:30:00`).getTime();
const NOTHING: MomentFacts = {
  fromNudge: false,
  weekWins: 0,
  yearWins: 0,
  pastWin: false,
  tryEnded: false,
};
const LIVED_IN: MomentFacts = { ...NOTHING, weekWins: 5, yearWins: 300, pastWin: true };

function input(day: string, hour: number, facts: Partial<MomentFacts>, settings = {}): MomentInput {
  return {
    now: at(day, hour),
    today: day,
    settings: { ...DEFAULT_SETTINGS, reviewWeekday: 0, ...settings },
    weekStart: 1,
    facts: { ...NOTHING, ...facts },
  };
}

describe('the one card for the moment', () => {
  const table: [string, MomentInput, ReturnType<typeof momentOf>][] = [
    ['a first morning: the intention', input('2026-03-04', 9, {}), 'intention'],
    [
      'a first afternoon with nothing to look back on: the intention',
      input('2026-03-04', 15, {}),
      'intention',
    ],
    ['a first evening: the recap', input('2026-03-04', 19, {}), 'recap'],
    [
      'after midnight, before the day starts: still the recap',
      input('2026-03-04', 2, {}, { dayStartHour: 4 }),
      'recap',
    ],
    [
      'opened from the evening reminder: the recap with its choices',
      input('2026-03-04', 15, { fromNudge: true }),
      'nudge',
    ],
    [
      'from the reminder on a rest day: still the reminder’s choices',
      input('2026-03-04', 19, { fromNudge: true }, { restDays: ['2026-03-04'] }),
      'nudge',
    ],
    [
      'a marked rest day: the rest card, not the recap',
      input('2026-03-04', 19, LIVED_IN, { restDays: ['2026-03-04'] }),
      'rest',
    ],
    [
      'a rest weekday: the rest card',
      input('2026-03-04', 9, LIVED_IN, { restWeekdays: [3] }),
      'rest',
    ],
    [
      'a try just ended: its celebration',
      input('2026-03-04', 9, { ...LIVED_IN, tryEnded: true }),
      'try',
    ],
    [
      'the review’s day with wins this week: the review',
      input('2026-03-08', 15, LIVED_IN),
      'review',
    ],
    [
      'the review’s day morning with wins: the review first',
      input('2026-03-08', 9, LIVED_IN),
      'review',
    ],
    [
      'the review’s day with no wins this week: no review',
      input('2026-03-08', 15, { ...LIVED_IN, weekWins: 0 }),
      'past',
    ],
    ['the review’s day on a first day: the intention', input('2026-03-08', 15, {}), 'intention'],
    ['a Sunday evening with everything: the recap', input('2026-03-08', 20, LIVED_IN), 'recap'],
    [
      'December afternoon with a year of wins: the wrap-up invitation',
      input('2026-12-09', 15, LIVED_IN),
      'wrap',
    ],
    [
      'December afternoon with no wins this year: no invitation',
      input('2026-12-09', 15, { ...LIVED_IN, yearWins: 0 }),
      'past',
    ],
    ['December on a first day: the intention', input('2026-12-09', 15, {}), 'intention'],
    [
      'December morning: the intention before the invitation',
      input('2026-12-09', 9, LIVED_IN),
      'intention',
    ],
    [
      'an ordinary afternoon with history: a win from the past',
      input('2026-03-04', 15, LIVED_IN),
      'past',
    ],
    [
      'an ordinary afternoon with no past win: the intention',
      input('2026-03-04', 15, { ...LIVED_IN, pastWin: false }),
      'intention',
    ],
  ];
  for (const [name, given, card] of table) {
    it(name, () => expect(momentOf(given)).toBe(card));
  }

  it('never offers a card that has nothing true to show, at any hour of any day of a week', () => {
    for (let hour = 0; hour < 24; hour++) {
      for (const day of ['2026-03-02', '2026-03-05', '2026-03-08', '2026-12-06', '2026-01-11']) {
        const card = momentOf(input(day, hour, {}));
        expect(['intention', 'recap']).toContain(card);
      }
    }
  });

  it('follows the person’s own week: a review on the last day of a week that starts on Sunday', () => {
    const saturday = input('2026-03-07', 15, LIVED_IN, { reviewWeekday: -1 });
    expect(momentOf({ ...saturday, weekStart: 0 })).toBe('review');
    expect(momentOf({ ...saturday, weekStart: 1 })).toBe('past');
  });
});
