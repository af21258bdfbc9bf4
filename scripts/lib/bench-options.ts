// What `npm run bench` is asked to do: every part with 15 rounds by default,
// or a shortened run while trying a change (`npm run bench -- --rounds 7
// --only popup`). Only a full run (every part, at least 15 rounds) rewrites
// the table in bench/README.md and bench/results/latest.md, so a trial never
// leaves a partial table behind.
export const BENCH_PARTS = [
  'newtab',
  'popup',
  'tabs',
  'options',
  'pause',
  'worker',
  'sizes',
] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchOptions {
  rounds: number;
  /**
   * Rounds of the no-debugger rows: three times as many. A tab opened that
   * way costs a third of a second, and its paint comes in 4 ms steps, so 15
   * rounds left their medians a step apart from run to run.
   */
  tabRounds: number;
  parts: ReadonlySet<BenchPart>;
  /** Every part measured: the results may replace the recorded ones. */
  full: boolean;
}

export function benchOptions(args: readonly string[], env: Record<string, string | undefined>) {
  let rounds = Number(env.BENCH_ROUNDS ?? 15);
  let parts: BenchPart[] = [...BENCH_PARTS];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = (args[i] as string).split('=', 2);
    const value = inline ?? args[++i];
    if (flag === '--rounds') rounds = Number(value);
    else if (flag === '--only') {
      parts = (value ?? '').split(',').filter((p): p is BenchPart => {
        if (!(BENCH_PARTS as readonly string[]).includes(p))
          throw new Error(`--only takes ${BENCH_PARTS.join(', ')}; not "${p}"`);
        return true;
      });
    } else throw new Error(`Unknown option ${args[i]}: use --rounds N and --only part,part`);
  }
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number ≥ 1');
  const full = parts.length === BENCH_PARTS.length && rounds >= 15;
  return { rounds, tabRounds: rounds * 3, parts: new Set(parts), full } satisfies BenchOptions;
}
