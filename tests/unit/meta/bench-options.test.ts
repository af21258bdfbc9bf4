// A shortened benchmark run (fewer rounds, some parts) is for trying a change:
// only a full run may replace the recorded table in bench/README.md.
import { describe, expect, it } from 'vitest';
import { BENCH_PARTS, benchOptions } from '../../../scripts/lib/bench-options';

describe('benchmark options', () => {
  it('measures every part with 15 rounds by default, which is a full run', () => {
    const o = benchOptions([], {});
    expect(o.rounds).toBe(15);
    expect(o.tabRounds).toBe(45);
    expect([...o.parts]).toEqual([...BENCH_PARTS]);
    expect(o.full).toBe(true);
  });

  it('takes --rounds and --only, and such a run is not full', () => {
    const o = benchOptions(['--rounds', '7', '--only=popup,newtab'], {});
    expect(o.rounds).toBe(7);
    expect([...o.parts]).toEqual(['popup', 'newtab']);
    expect(o.full).toBe(false);
    expect(benchOptions(['--rounds', '5'], {}).full).toBe(false);
  });

  it('refuses what it does not know', () => {
    expect(() => benchOptions(['--only', 'popups'], {})).toThrow(/--only takes/);
    expect(() => benchOptions(['--rounds', '0'], {})).toThrow(/whole number/);
    expect(() => benchOptions(['--fast'], {})).toThrow(/Unknown option/);
  });
});
