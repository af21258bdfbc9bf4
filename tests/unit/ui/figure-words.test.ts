// The figures a person reads, in every language: a figure of 0 is never a
// line, used minutes are never "N of M" past M, and no kind of record is
// shown by its internal name. Checked over many inputs, not a few examples.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WIN_KINDS } from '../../../utils/core/figures';
import type { WinKind } from '../../../utils/core/win-rules';
import type { ImportReport } from '../../../utils/store/data';
import {
  choseLogoffWords,
  goalStepsWords,
  kindsWords,
  loggedOffWords,
  pausesWords,
  siteUsedWords,
  tookBackWords,
  usedTodayWords,
} from '../../../utils/ui/figure-words';
import { importReportWords } from '../../../utils/ui/import-words';
import { LOCALES, messagesOf, speak } from './locale-messages';

afterEach(() => {
  vi.restoreAllMocks();
});

const minutes = fc.integer({ min: 0, max: 5000 });
/** A daily budget is at least a minute (sites.ts). */
const budgets = fc.integer({ min: 1, max: 5000 });
/** A 0 standing alone as a number, in the language's own digits. */
const zeroIn = (lang: string) => {
  const zero = new Intl.NumberFormat(lang.replace('_', '-')).format(0);
  return new RegExp(`(?<![\\p{Nd},.])${zero}(?![\\p{Nd},.])`, 'u');
};
const runs = { numRuns: 60 };

describe.each(LOCALES)('the figure words in %s', (lang) => {
  it('never say a figure of 0: no zero line, whatever the minutes and counts', () => {
    speak(lang);
    const zero = zeroIn(lang);
    fc.assert(
      fc.property(minutes, minutes, minutes, budgets, (a, b, c, budget) => {
        const texts = [
          usedTodayWords(a, budget),
          siteUsedWords('news.test', a, budget),
          tookBackWords(a),
          loggedOffWords(a),
          pausesWords(a),
          choseLogoffWords(a, b),
          goalStepsWords('Move more', a, c),
          ...kindsWords({ win: a, logoff: b, pause: c, recap: 0 }),
        ];
        for (const text of texts) if (text !== undefined) expect(text).not.toMatch(zero);
      }),
      runs,
    );
    expect(tookBackWords(0)).toBeUndefined();
    expect(loggedOffWords(0)).toBeUndefined();
    expect(choseLogoffWords(0, 10)).toBeUndefined();
    expect(siteUsedWords('news.test', 0, 70)).toBeUndefined();
  });

  it('never tell used minutes past the budget as "N of M"', () => {
    const asked = speak(lang);
    fc.assert(
      fc.property(minutes, minutes, (budget, extra) => {
        asked.length = 0;
        usedTodayWords(budget + extra + 1, budget);
        siteUsedWords('news.test', budget + extra + 1, budget);
        expect(asked).not.toContain('usedToday');
        expect(asked).not.toContain('weekSiteLine');
      }),
      runs,
    );
  });

  it('name every kind of win in words, never by its record name or label', () => {
    speak(lang);
    const messages = messagesOf(lang);
    const labels = ['kindWin', 'kindLogoff', 'kindPause', 'kindRecap'].map(
      (k) => `${messages[k]?.message}:`,
    );
    const recordName = /\b(win|logoff|pause|recap|reflections?|usage|sites)\s*:/i;
    const report = (n: number): ImportReport => {
      const part = { added: n, updated: n, alreadyHere: n, skipped: 0 };
      return { wins: part, reflections: part, usage: part, sites: part, sitesAdded: [] };
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        const texts = [
          ...kindsWords(
            Object.fromEntries(WIN_KINDS.map((k) => [k, n])) as Record<WinKind, number>,
          ),
          importReportWords(report(n)),
        ];
        for (const text of texts) {
          expect(text).not.toMatch(recordName);
          for (const label of labels) expect(text).not.toContain(label);
          expect(text).not.toMatch(/_(zero|one|two|few|many|other)\b|\$[A-Z]+\$/);
        }
      }),
      runs,
    );
  });

  it('leave out of an import summary what it did not bring', () => {
    speak(lang);
    const zero = zeroIn(lang);
    const none = { added: 0, updated: 0, alreadyHere: 0, skipped: 0 };
    fc.assert(
      fc.property(minutes, minutes, minutes, minutes, (w, r, u, s) => {
        const text = importReportWords({
          wins: { ...none, added: w, alreadyHere: s },
          reflections: { ...none, added: r },
          usage: { ...none, updated: u },
          sites: { ...none, alreadyHere: s },
          sitesAdded: [],
        });
        expect(text).not.toMatch(zero);
        expect(text.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});

describe('the figure words in English', () => {
  it('say what was used past the budget, kindly', () => {
    speak('en');
    expect(usedTodayWords(129, 7)).toBe('129 minutes today, more than the 7 you planned');
    expect(usedTodayWords(12, 30)).toBe('12 of 30 minutes today');
    expect(usedTodayWords(0, 30)).toBe('Up to 30 minutes a day');
    expect(siteUsedWords('news.test', 300, 210)).toBe(
      'news.test: 300 minutes, more than the 210 you planned',
    );
  });

  it('count the kinds of wins in words, with plurals', () => {
    speak('en');
    expect(kindsWords({ recap: 141, win: 545, logoff: 1 })).toEqual([
      '545 wins you noted',
      '1 time you chose to log off',
      '141 evening recaps',
    ]);
  });

  it('tell log-offs without minutes when none were taken back', () => {
    speak('en');
    expect(choseLogoffWords(62, 0)).toBe('You chose to log off 62 times.');
    expect(choseLogoffWords(62, 40)).toBe(
      'You chose to log off 62 times and took back 40 minutes.',
    );
  });

  it('tell an import in words, leaving out what is 0', () => {
    speak('en');
    const none = { added: 0, updated: 0, alreadyHere: 0, skipped: 0 };
    expect(
      importReportWords({
        wins: { ...none, added: 545 },
        reflections: { ...none, added: 141 },
        usage: none,
        sites: { ...none, alreadyHere: 1 },
        sitesAdded: [],
      }),
    ).toBe('Imported: 545 wins and 141 notes. Already here: 1 limited site.');
  });

  it('tell a goal with no steps yet without a 0', () => {
    speak('en');
    expect(goalStepsWords('Move more', 0, 0)).toBe('Move more: ready whenever you are');
    expect(goalStepsWords('Move more', 0, 3)).toBe('Move more: 3 steps this month');
  });
});
