// `npm run bench`: builds the extension, loads it in Chromium and measures the
// budgets from DESIGN.md in one run. Each page alternates with a script-free
// blank page of the extension (first contentful paint against first contentful
// paint) so machine noise falls on both; the older module baseline (a blank
// page with a module, against the app's "ready" mark) stays for continuity.
// The floor, the content floors, the new tab and the popup are also timed with
// no debugger (lib/bench-tabs.ts, bench-content.ts). Wins are seeded through
// the extension's import. A full run writes bench/results/latest.md and README
// (the table in bench/README.md, the benchmark's home).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { BrowserContext, Page } from '@playwright/test';
import { writeContentPages } from './lib/bench-content';
import {
  alternate,
  type Compared,
  firstPaint,
  layoutShift,
  markTime,
  type Summary,
} from './lib/bench-measure';
import { benchOptions } from './lib/bench-options';
import { firstPaintsWithoutDebugger, noDebuggerRows, TAB_PAGES } from './lib/bench-tabs';
import { workerRows } from './lib/bench-worker';
import { build } from './lib/build';
import { extensionIdOf, launchWithExtension, newProfileDir } from './lib/chromium';
import { serveSites } from './lib/sites';
import {
  FIRST_PAINT_BUDGET,
  firstPaintGzipBytes,
  UP_FRONT_BUDGET,
  upFrontGzipBytes,
} from './lib/sizes';

const OPTIONS = benchOptions(process.argv.slice(2), process.env);
const ROUNDS = OPTIONS.rounds;
const part = (name: Parameters<typeof OPTIONS.parts.has>[0]) => OPTIONS.parts.has(name);
const WATCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 120);
const CLS_RUNS = 3;
const BENCH_README = 'bench/README.md';

const ms = (s: Summary) => `${s.median.toFixed(1)} ms`;
const p90 = (s: Summary) => `${s.p90.toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

function backup(count: number, prefix: string, todayCount: number): Buffer {
  const now = new Date();
  const wins = [];
  for (let i = 0; i < count; i++) {
    const back = i < todayCount ? 0 : 1 + (i % 1500);
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 9);
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    wins.push({
      id: `${prefix}-${i}`,
      text: `Seeded win ${i} #bench`,
      day,
      at: d.getTime() + (i % 3600) * 1000,
      kind: 'win',
      tags: ['bench'],
    });
  }
  return Buffer.from(JSON.stringify({ format: 'small-wins-backup', version: 1, wins }));
}

async function seed(options: Page, count: number, prefix: string, todayCount: number) {
  await options.getByLabel('Import a backup file').setInputFiles({
    name: `${prefix}.json`,
    mimeType: 'application/json',
    buffer: backup(count, prefix, todayCount),
  });
  // The page writes numbers grouped, in the browser's language ("1,000").
  const said = options.getByText(`Imported: ${count.toLocaleString('en-US')} wins`);
  await said.waitFor({ timeout: 300_000 });
}

async function worstShift(
  context: BrowserContext,
  url: string,
  settled: (p: Page) => Promise<unknown>,
) {
  let worst = 0;
  for (let i = 0; i < CLS_RUNS; i++)
    worst = Math.max(worst, await layoutShift(context, url, settled));
  return worst;
}

async function main() {
  build('build:test');
  const loadBefore = load();
  const sites = await serveSites();
  const profileDir = newProfileDir();
  let context = await launchWithExtension({ profileDir, sitesPort: sites.port });
  const id = await extensionIdOf(context);
  const base = `chrome-extension://${id}`;
  const rows: string[][] = [];
  const started = Date.now();
  const blankPaint = () => firstPaint(context, `${base}/blank-static.html`);
  const blankModule = () => markTime(context, `${base}/blank.html`, 'ready');
  const row = (measure: string, r: Compared, cls: string, budget: string) =>
    rows.push([
      measure,
      ms(r.page),
      p90(r.page),
      `${ms(r.blank)} / ${p90(r.blank)}`,
      r.ratio.toFixed(2),
      cls,
      budget,
    ]);
  const paintAgainstBlank = (url: string) =>
    alternate(ROUNDS, () => firstPaint(context, url), blankPaint);
  const markAgainstModule = (url: string, mark: string) =>
    alternate(ROUNDS, () => markTime(context, url, mark), blankModule);
  let options = await context.newPage();
  await options.goto(`${base}/options.html`);
  const tabPaints: [string, Record<string, number[]>][] = [];
  const paintsWithoutDebugger = () =>
    firstPaintsWithoutDebugger(profileDir, base, TAB_PAGES, OPTIONS.tabRounds);
  /** The no-debugger rows at this many wins: the same profile, in a browser nothing is attached to. */
  const timeTabs = async (label: string) => {
    if (!part('tabs')) return;
    await writeContentPages(context, base);
    await context.close();
    tabPaints.push([label, await paintsWithoutDebugger()]);
    context = await launchWithExtension({ profileDir, sitesPort: sites.port });
    options = await context.newPage();
    await options.goto(`${base}/options.html`);
  };
  try {
    const newtabUrl = `${base}/newtab.html`;
    const popupUrl = `${base}/popup.html`;

    const newtab = async (label: string) => {
      const painted = await paintAgainstBlank(newtabUrl);
      const cls = await worstShift(context, newtabUrl, (p) => p.locator('nav.ways').waitFor());
      row(
        `New tab, date and today's wins painted (${label})`,
        painted,
        cls.toFixed(3),
        '≤ 1.2, CLS 0',
      );
      const ready = await markAgainstModule(newtabUrl, 'today-visible');
      row(`New tab, app ready, module baseline (${label})`, ready, '', '');
    };
    await timeTabs('0 wins');
    if (part('newtab')) {
      const floor = await paintAgainstBlank(`${base}/blank-floor.html`);
      row('Floor: the blank page drawn by one fetched script', floor, '', 'none (floor)');
      await newtab('0 wins');
    }
    // The wins are seeded for the new tab, popup and no-debugger rows only.
    const seeding = part('newtab') || part('popup') || part('tabs');
    if (seeding) await seed(options, 1000, 'k', 5);
    await timeTabs('1,000 wins');
    if (part('newtab')) await newtab('1,000 wins');
    if (seeding) await seed(options, 49_000, 'm', 5);
    // The 50,000-wins run comes last, after this browser closes: its content pages now.
    if (part('tabs')) await writeContentPages(context, base);
    if (part('newtab')) await newtab('50,000 wins');

    if (part('popup')) {
      const popup = await paintAgainstBlank(popupUrl);
      const popupCls = await worstShift(context, popupUrl, (p) =>
        p.locator('.shortcut').filter({ hasText: /\S/ }).waitFor(),
      );
      row(
        'Popup, field focused and painted (50,000 wins)',
        popup,
        popupCls.toFixed(3),
        '≤ 1.1, CLS 0',
      );
      const ready = await markAgainstModule(popupUrl, 'input-ready');
      row('Popup, app ready, module baseline', ready, '', '');
    }
    for (const [name, url] of [
      ['Options', `${base}/options.html`],
      ['Pause', `${base}/pause.html`],
    ] as const) {
      if (!part(name === 'Options' ? 'options' : 'pause')) continue;
      const painted = await paintAgainstBlank(url);
      const cls = await worstShift(context, url, (p) => p.locator('main').waitFor());
      row(`${name} page, first content painted`, painted, cls.toFixed(3), 'measured');
    }

    if (part('worker')) rows.push(...(await workerRows(context, options, WATCH_SECONDS)));

    if (part('sizes')) {
      // The sizes are the shipped build's, what people get and what
      // `npm test` holds to the budget.
      build('build', false);
      for (const page of ['newtab', 'popup', 'options', 'pause', 'review', 'share']) {
        const bytes = upFrontGzipBytes('.output/chrome-mv3', page);
        const paint = firstPaintGzipBytes('.output/chrome-mv3', page);
        const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
        rows.push([
          `${page} up-front app script, gzipped${paint ? ' (+ first paint)' : ''}`,
          paint ? `${kB(bytes)} (+ ${kB(paint)})` : kB(bytes),
          '',
          '',
          '',
          '',
          `≤ ${UP_FRONT_BUDGET / 1024} kB${paint ? ` (+ ≤ ${FIRST_PAINT_BUDGET / 1024} kB)` : ''}`,
        ]);
      }
    }
  } finally {
    await context.close();
    await sites.close();
  }
  if (part('tabs')) tabPaints.push(['50,000 wins', await paintsWithoutDebugger()]);
  for (const [wins, paints] of tabPaints)
    for (const [measure, compared, budget] of noDebuggerRows(wins, paints))
      row(measure, compared, '', budget);

  const header = ['Measure', 'Median', 'p90', 'Blank median / p90', 'Ratio', 'CLS', 'Budget'];
  const table = [header, header.map(() => '---'), ...rows]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n');
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium via ${process.env.CHROMIUM_PATH ?? 'default path'}`;
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const took = Math.round((Date.now() - started) / 1000);
  const summary = `${when} UTC · ${machine} · ${ROUNDS} alternating rounds per page (${OPTIONS.tabRounds} without a debugger), CLS the worst of ${CLS_RUNS} loads · load average (1, 5, 15 min) ${loadBefore} before, ${load()} after · took ${took} s`;
  console.log(`\n${summary}\n\n${table}\n`);
  if (!OPTIONS.full) {
    console.log(
      `A shortened run: the table in ${BENCH_README} and bench/results/latest.md stay as they were.`,
    );
    return;
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.md', `# Small Wins benchmark\n\n${summary}\n\n${table}\n`);
  const readme = readFileSync(BENCH_README, 'utf8');
  const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (!marked.test(readme)) throw new Error(`${BENCH_README} has no bench:start/end block`);
  {
    const block = `<!-- bench:start -->\n${summary}\n\n${table}\n<!-- bench:end -->`;
    writeFileSync(BENCH_README, readme.replace(marked, block));
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
