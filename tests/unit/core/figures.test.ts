// Each figure has one definition, and every view reads it: the look back's
// seven days, the pauses card's week and the wrap-up count the same log-offs
// on the same wins; used minutes past the budget are never told as within it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../../utils/core/day';
import {
  kindCounts,
  logoffCount,
  stepsFigure,
  usedFigure,
  WIN_KINDS,
} from '../../../utils/core/figures';
import { weekSummary } from '../../../utils/core/insights';
import { pauseWeeks, weekOf } from '../../../utils/core/pause-figures';
import type { SiteRule } from '../../../utils/core/sites';
import type { Win, WinKind } from '../../../utils/core/win-rules';
import { spanFigures } from '../../../utils/core/wrap-up';

const NOW = new Date(2026, 10, 25, 15).getTime();
const TODAY = dayKey(NOW, 0);
const social: SiteRule = { host: 'social.test', label: 'social.test', dailyMinutes: 30 };

let n = 0;
const win = (day: string, kind: WinKind, site?: string): Win => ({
  id: `w${n++}`,
  text: kind,
  day,
  at: new Date(`${day}T12:00:00`).getTime(),
  kind,
  tags: [],
  ...(site ? { site } : {}),
});

describe('the count of log-offs', () => {
  it('is the same in every view on the same wins, a site no longer limited included', () => {
    // Days of the week under way up to today: inside the last seven days too.
    const days = Array.from({ length: 7 }, (_, i) => addDays(weekOf(TODAY), i)).filter(
      (d) => d <= TODAY,
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.constantFrom(...days),
            kind: fc.constantFrom<WinKind>(...WIN_KINDS),
            site: fc.constantFrom('social.test', 'gone.test'),
          }),
          { maxLength: 30 },
        ),
        (made) => {
          const wins = made.map((w) =>
            win(w.day, w.kind, w.kind === 'logoff' ? w.site : undefined),
          );
          const expected = logoffCount(wins, days[0] ?? TODAY, TODAY);
          const week = weekSummary(TODAY, wins, [], [social]);
          const pauses = pauseWeeks({ now: NOW, dayStartHour: 0 }, [social], wins, [])[0];
          const span = spanFigures(days[0] ?? TODAY, TODAY, wins, [], [social]);
          expect(week.logoffs).toBe(expected);
          expect(week.byKind.logoff ?? 0).toBe(expected);
          expect(pauses?.logoffs).toBe(expected);
          expect(span.logoffs).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts only wins of the log-off kind within the days asked', () => {
    const wins = [
      win(TODAY, 'logoff', 'a'),
      win(TODAY, 'pause'),
      win(addDays(TODAY, -9), 'logoff'),
    ];
    expect(logoffCount(wins, addDays(TODAY, -6), TODAY)).toBe(1);
  });
});

describe('used minutes against a budget', () => {
  it('are never told as within the budget past it, and nothing used is no figure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 1440 }),
        (u, b) => {
          const figure = usedFigure(u, b);
          if (u === 0) expect(figure.type).toBe('none');
          else if (u > b) expect(figure).toEqual({ type: 'beyond', used: u, budget: b });
          else expect(figure).toEqual({ type: 'within', used: u, budget: b });
        },
      ),
    );
  });
});

describe('figures of 0', () => {
  it('are left out of the kinds and of a goal’s steps', () => {
    expect(kindCounts({ win: 3, recap: 0, logoff: 1 })).toEqual([
      { kind: 'win', count: 3 },
      { kind: 'logoff', count: 1 },
    ]);
    expect(stepsFigure(0, 4)).toEqual({ type: 'month', month: 4 });
    expect(stepsFigure(0, 0)).toEqual({ type: 'none' });
  });
});
