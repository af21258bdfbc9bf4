// When "What are you here for?" comes before a limited site: event tables in
// the tracker's style, with the marks going through JSON between events as
// they go through storage while the worker is stopped.
import { describe, expect, it } from 'vitest';
import type { DayUsage } from '../../../utils/core/budget';
import {
  hostsNeedingIntention,
  type IntentionMarks,
  NO_MARKS,
  needsIntention,
  nextIntentionCheck,
  noteMark,
} from '../../../utils/core/intention';
import type { SiteRule } from '../../../utils/core/sites';

// 2026-11-20 is a Friday.
const at = (day: number, h: number, m = 0) => new Date(2026, 10, day, h, m).getTime();
const social: SiteRule = {
  host: 'social.test',
  label: 'social.test',
  dailyMinutes: 30,
  intention: true,
};
const news: SiteRule = { host: 'news.test', label: 'news.test', dailyMinutes: 30 };
const work: SiteRule = {
  host: 'work.test',
  label: 'work.test',
  dailyMinutes: 30,
  intention: true,
  activeHours: { days: [1, 2, 3, 4, 5], from: 9 * 60, to: 17 * 60 },
};
const SOCIAL = 'https://social.test/feed';

type Row =
  | { passed: number; host?: string }
  | { paused: number; host?: string }
  | { asks: boolean; at: number; url?: string; usage?: DayUsage };

/** Plays a table: marks are noted as the worker notes them, through JSON each time. */
function play(rows: Row[], opts: { rules?: SiteRule[]; dayStartHour?: number } = {}) {
  const rules = opts.rules ?? [social, news, work];
  let marks: IntentionMarks = NO_MARKS;
  rows.forEach((row, i) => {
    if ('asks' in row) {
      const usage: Record<string, DayUsage> = row.usage ? { 'social.test': row.usage } : {};
      const ctx = { now: row.at, dayStartHour: opts.dayStartHour ?? 0, marks, usage };
      expect(needsIntention(row.url ?? SOCIAL, rules, ctx), `row ${i}`).toBe(row.asks);
      return;
    }
    const event =
      'passed' in row
        ? { type: 'passed' as const, host: row.host ?? 'social.test', at: row.passed }
        : { type: 'paused' as const, host: row.host ?? 'social.test', at: row.paused };
    marks = JSON.parse(JSON.stringify(noteMark(marks, event, rules)));
  });
}

describe('needs an intention', () => {
  it('asks on the first visit of the day, then not again that day', () => {
    play([
      { asks: true, at: at(20, 8) },
      { passed: at(20, 8, 1) },
      { asks: false, at: at(20, 8, 2) },
      { asks: false, at: at(20, 23, 59) },
      { asks: true, at: at(21, 0) },
    ]);
  });

  it('asks again after each pause, until the page is passed', () => {
    play([
      { passed: at(20, 10) },
      { paused: at(20, 10, 30) },
      { asks: true, at: at(20, 10, 31) },
      { asks: true, at: at(20, 15) },
      { passed: at(20, 15, 1) },
      { asks: false, at: at(20, 15, 2) },
      { paused: at(20, 16) },
      { asks: true, at: at(20, 16, 5) },
    ]);
  });

  it('counts a pause before the page was passed as already answered', () => {
    play([{ paused: at(20, 9) }, { passed: at(20, 10) }, { asks: false, at: at(20, 10, 5) }]);
  });

  it("follows the person's day start, not midnight", () => {
    play(
      [
        { passed: at(20, 23) },
        { asks: false, at: at(21, 3, 59) },
        { asks: true, at: at(21, 4) },
        { passed: at(21, 4, 1) },
        { asks: false, at: at(22, 3, 59) },
      ],
      { dayStartHour: 4 },
    );
  });

  it('asks on a subdomain, never on an extension page (the intention page itself) or another site', () => {
    play([
      { asks: true, at: at(20, 8), url: 'http://m.social.test/' },
      {
        asks: false,
        at: at(20, 8),
        url: 'chrome-extension://abc/intention.html#https://social.test/',
      },
      {
        asks: false,
        at: at(20, 8),
        url: 'moz-extension://abc/intention.html#https://social.test/',
      },
      { asks: false, at: at(20, 8), url: 'https://calm.test/' },
      { asks: false, at: at(20, 8), url: 'https://news.test/' }, // limited, but not asking
    ]);
  });

  it('does not ask outside the active hours; it does once they begin', () => {
    const url = 'https://work.test/';
    play([
      { asks: false, at: at(20, 8, 59), url },
      { asks: true, at: at(20, 9), url },
      { passed: at(20, 9, 1), host: 'work.test' },
      { asks: false, at: at(20, 16), url },
      { asks: false, at: at(21, 10), url }, // Saturday: outside the hours
    ]);
  });

  it('does not ask while the budget is used (the pause comes instead); it does with more minutes', () => {
    const used = { ms: 30 * 60_000, grantedMs: 0 };
    play([
      { passed: at(20, 9) },
      { paused: at(20, 12) },
      { asks: false, at: at(20, 12, 1), usage: used },
      { asks: true, at: at(20, 12, 2), usage: { ...used, grantedMs: 5 * 60_000 } },
    ]);
  });

  it('is off unless the site asks', () => {
    play([{ asks: false, at: at(20, 8), url: 'https://news.test/' }], { rules: [news] });
  });
});

describe('the marks and the clock', () => {
  it('keeps marks only for sites that ask', () => {
    let marks = noteMark(NO_MARKS, { type: 'passed', host: 'news.test', at: 1 }, [social, news]);
    expect(marks).toEqual({ passed: {}, paused: {} });
    marks = noteMark(marks, { type: 'passed', host: 'social.test', at: 2 }, [social, news]);
    expect(marks.passed).toEqual({ 'social.test': 2 });
    // Turned off: its mark goes with the next note.
    marks = noteMark(marks, { type: 'paused', host: 'news.test', at: 3 }, [news]);
    expect(marks).toEqual({ passed: {}, paused: {} });
  });

  it('lists the sites that ask now', () => {
    const ctx = { now: at(20, 10), dayStartHour: 0, marks: NO_MARKS, usage: {} };
    expect(hostsNeedingIntention([social, news, work], ctx)).toEqual(['social.test', 'work.test']);
  });

  it('wakes at the next day start or active-hours edge, and never when no site asks', () => {
    expect(nextIntentionCheck([news], at(20, 10), 0)).toBeNull();
    expect(nextIntentionCheck([social], at(20, 10), 4)).toBe(at(21, 4));
    expect(nextIntentionCheck([social, work], at(20, 10), 4)).toBe(at(20, 17));
    expect(nextIntentionCheck([social, work], at(20, 8), 0)).toBe(at(20, 9));
  });
});
