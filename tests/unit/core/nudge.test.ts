// When the evening reminder shows: once, at the chosen time, on a chosen day
// that the browser was used, with no recap yet and not a rest day; the time
// is local across daylight-saving changes and a day start after midnight.
// The tests run in Europe/Berlin (vitest.config.ts); times carry their offset.
import { describe, expect, it } from 'vitest';
import {
  decideNudge,
  EVERY_WEEKDAY,
  isRestDay,
  NO_NUDGE_YET,
  type NudgeFacts,
  type NudgeSettings,
  nextNudgeAt,
  nudgeWordsIndex,
} from '../../../utils/core/nudge';

const t = (iso: string) => Date.parse(iso);
const at = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const settings = (over: Partial<NudgeSettings> = {}): NudgeSettings => ({
  nudgeMinute: 21 * 60,
  nudgeWeekdays: EVERY_WEEKDAY,
  restWeekdays: [],
  dayStartHour: 0,
  ...over,
});

/** A Wednesday evening at 21:00 in Berlin, the browser used, nothing written yet. */
const facts = (over: Partial<NudgeFacts> = {}): NudgeFacts => ({
  now: t('2026-03-04T21:00:00+01:00'),
  scheduledAt: t('2026-03-04T21:00:00+01:00'),
  settings: settings(),
  plannedDay: '2026-03-04',
  reason: 'time',
  recapDone: false,
  markedRest: [],
  usedDay: '2026-03-04',
  log: NO_NUDGE_YET,
  ...over,
});

describe('whether the evening reminder shows', () => {
  it('shows on a used day with no recap yet', () => {
    expect(decideNudge(facts())).toEqual({ show: true, day: '2026-03-04' });
  });

  it('stays away once the day has its recap (or the recap was put off for today)', () => {
    expect(decideNudge(facts({ recapDone: true }))).toEqual({ show: false, why: 'recapDone' });
  });

  it('stays away on a rest weekday and on a day marked as rest', () => {
    const wednesday = settings({ restWeekdays: [3] });
    expect(decideNudge(facts({ settings: wednesday }))).toEqual({ show: false, why: 'rest' });
    expect(decideNudge(facts({ markedRest: ['2026-03-04'] }))).toEqual({
      show: false,
      why: 'rest',
    });
    expect(decideNudge(facts({ markedRest: ['2026-03-03'] })).show).toBe(true);
  });

  it('stays away on a day the browser was not used', () => {
    expect(decideNudge(facts({ usedDay: '2026-03-03' }))).toEqual({ show: false, why: 'unused' });
    expect(decideNudge(facts({ usedDay: null }))).toEqual({ show: false, why: 'unused' });
  });

  it('shows once a day, and once more only after "in an hour"', () => {
    const shown = { day: '2026-03-04', snoozed: false };
    expect(decideNudge(facts({ log: shown }))).toEqual({ show: false, why: 'alreadyShown' });
    const snoozed = { day: '2026-03-04', snoozed: true };
    const later = t('2026-03-04T22:00:00+01:00');
    const again = facts({ log: snoozed, reason: 'snooze', now: later, scheduledAt: later });
    expect(decideNudge(again).show).toBe(true);
    // The evening's own alarm never counts as the hour's one.
    expect(decideNudge(facts({ log: snoozed })).show).toBe(false);
    // Yesterday's reminder does not hold today's back.
    expect(decideNudge(facts({ log: { day: '2026-03-03', snoozed: false } })).show).toBe(true);
  });

  it('stays away when turned off or on a day not chosen', () => {
    expect(decideNudge(facts({ settings: settings({ nudgeMinute: null }) })).show).toBe(false);
    const weekends = settings({ nudgeWeekdays: [0, 6] });
    expect(decideNudge(facts({ settings: weekends }))).toEqual({ show: false, why: 'notChosen' });
  });

  it('leaves out a reminder whose alarm fired the next day or hours late', () => {
    const nextMorning = t('2026-03-05T08:00:00+01:00');
    expect(decideNudge(facts({ now: nextMorning, usedDay: '2026-03-05' }))).toEqual({
      show: false,
      why: 'late',
    });
    const lateEvening = t('2026-03-04T23:30:00+01:00');
    expect(decideNudge(facts({ now: lateEvening })).show).toBe(false);
  });

  it('counts a time after midnight in the day before when the day starts later', () => {
    const owl = settings({ nudgeMinute: 60 + 30, dayStartHour: 4 });
    const night = t('2026-03-05T01:30:00+01:00');
    const decision = decideNudge(
      facts({ settings: owl, now: night, scheduledAt: night, plannedDay: '2026-03-04' }),
    );
    expect(decision).toEqual({ show: true, day: '2026-03-04' });
  });
});

describe('when the next evening reminder is due', () => {
  it('is today at the chosen time, or tomorrow once it passed', () => {
    expect(at(nextNudgeAt(t('2026-03-04T18:00:00+01:00'), settings()))).toBe(
      '2026-03-04T20:00:00.000Z',
    );
    expect(at(nextNudgeAt(t('2026-03-04T21:00:00+01:00'), settings()))).toBe(
      '2026-03-05T20:00:00.000Z',
    );
  });

  it('is never when off', () => {
    expect(nextNudgeAt(t('2026-03-04T18:00:00+01:00'), settings({ nudgeMinute: null }))).toBe(null);
    expect(nextNudgeAt(t('2026-03-04T18:00:00+01:00'), settings({ nudgeWeekdays: [] }))).toBe(null);
  });

  it('skips the days not chosen and the rest weekdays', () => {
    // Wednesday evening: Thursday is not chosen, Friday is a rest weekday; Saturday it is.
    const s = settings({ nudgeWeekdays: [3, 5, 6], restWeekdays: [5] });
    expect(at(nextNudgeAt(t('2026-03-04T22:00:00+01:00'), s))).toBe('2026-03-07T20:00:00.000Z');
  });

  it('keeps the local clock time across the changes to and from summer time', () => {
    // Berlin moves to summer time on 29 March 2026 and back on 25 October.
    expect(at(nextNudgeAt(t('2026-03-28T22:00:00+01:00'), settings()))).toBe(
      '2026-03-29T19:00:00.000Z',
    );
    expect(at(nextNudgeAt(t('2026-10-24T22:00:00+02:00'), settings()))).toBe(
      '2026-10-25T20:00:00.000Z',
    );
  });

  it('comes once, just after the jump, when the chosen time does not exist that night', () => {
    const s = settings({ nudgeMinute: 2 * 60 + 30, dayStartHour: 4 });
    // 02:30 on 29 March does not exist in Berlin: the clock goes from 02:00 to 03:00.
    expect(at(nextNudgeAt(t('2026-03-29T01:00:00+01:00'), s))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('puts a time before the day start on the day before, for the weekday chosen', () => {
    // 01:30 with a 04:00 day start: Thursday's 01:30 belongs to Wednesday.
    const s = settings({ nudgeMinute: 90, dayStartHour: 4, nudgeWeekdays: [3] });
    expect(at(nextNudgeAt(t('2026-03-04T12:00:00+01:00'), s))).toBe('2026-03-05T00:30:00.000Z');
  });
});

describe('rest days and kind words', () => {
  it('knows a rest day by its weekday or its mark', () => {
    expect(isRestDay('2026-03-04', [3], [])).toBe(true);
    expect(isRestDay('2026-03-04', [], ['2026-03-04'])).toBe(true);
    expect(isRestDay('2026-03-04', [0, 6], ['2026-03-05'])).toBe(false);
  });

  it('says something different from one day to the next', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
    expect(new Set(days.map(nudgeWordsIndex)).size).toBe(5);
    // Also across the change to summer time.
    expect(nudgeWordsIndex('2026-03-29')).not.toBe(nudgeWordsIndex('2026-03-30'));
  });
});
