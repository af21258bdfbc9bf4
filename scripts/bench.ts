// `npm run bench`: builds the extension, loads it in Chromium and measures the
// budgets from DESIGN.md in one run. Page timings alternate with a blank page
// of the same extension so machine noise cancels; wins are seeded through the
// extension's own import. Prints a table and writes bench/results/latest.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { extensionIdOf, launchWithExtension, newProfileDir } from '../tests/support/chromium';
import { serveSites } from '../tests/support/sites';
import { UP_FRONT_BUDGET, upFrontGzipBytes } from '../tests/support/sizes';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WATCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 120);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function markTime(context: BrowserContext, url: string, mark: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  const t = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
    mark,
  );
  await page.close();
  return t;
}

async function compare(context: BrowserContext, base: string, url: string, mark: string) {
  const blank: number[] = [];
  const page: number[] = [];
  await markTime(context, url, mark); // warm-up, not counted
  for (let i = 0; i < ROUNDS; i++) {
    blank.push(await markTime(context, `${base}/blank.html`, 'ready'));
    page.push(await markTime(context, url, mark));
  }
  return { blank: median(blank), page: median(page), ratio: median(page) / median(blank) };
}

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
  await options.getByText(`${count} wins imported`).waitFor({ timeout: 300_000 });
}

async function countWorkerWork(context: BrowserContext, counter: Page, url: string) {
  const page = await context.newPage();
  await page.bringToFront();
  await page.goto(url);
  await page.waitForTimeout(3000); // let the arrival settle
  await counter.evaluate(() => {
    (window as unknown as { __wakes: number }).__wakes = 0;
  });
  await page.waitForTimeout(WATCH_SECONDS * 1000);
  const wakes = await counter.evaluate(() => (window as unknown as { __wakes: number }).__wakes);
  await page.close();
  return wakes;
}

async function main() {
  const build = spawnSync('npm', ['run', 'build:test'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const sites = await serveSites();
  const context = await launchWithExtension({ profileDir: newProfileDir(), sitesPort: sites.port });
  const id = await extensionIdOf(context);
  const base = `chrome-extension://${id}`;
  const rows: string[][] = [];
  const started = Date.now();
  try {
    const options = await context.newPage();
    await options.goto(`${base}/options.html`);

    const newtab = async (label: string) => {
      const r = await compare(context, base, `${base}/newtab.html`, 'today-visible');
      rows.push([
        `New tab, today's wins on screen (${label})`,
        `${r.page.toFixed(1)} ms`,
        `${r.blank.toFixed(1)} ms`,
        r.ratio.toFixed(2),
        '≤ 1.5',
      ]);
    };
    await newtab('0 wins');
    await seed(options, 1000, 'k', 5);
    await newtab('1,000 wins');
    await seed(options, 49_000, 'm', 5);
    await newtab('50,000 wins');

    const popup = await compare(context, base, `${base}/popup.html`, 'input-ready');
    rows.push([
      'Popup, input focused (50,000 wins)',
      `${popup.page.toFixed(1)} ms`,
      `${popup.blank.toFixed(1)} ms`,
      popup.ratio.toFixed(2),
      '≤ 1.5',
    ]);

    // Every event the worker handles writes its state to storage.session once.
    await options.evaluate(() => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      api.storage.onChanged.addListener((_c, area) => {
        if (area === 'session') (window as unknown as { __wakes: number }).__wakes++;
      });
    });
    const calm = await countWorkerWork(context, options, 'http://calm.test/');
    rows.push([
      `Worker events, ${WATCH_SECONDS} s on an unlimited site`,
      String(calm),
      '',
      '',
      '0',
    ]);
    await options.getByRole('textbox', { name: 'Site' }).fill('social.test');
    await options.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).fill('30');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.getByText('0 of 30 minutes today').waitFor();
    const limited = await countWorkerWork(context, options, 'http://social.test/');
    rows.push([
      `Worker events, ${WATCH_SECONDS} s on a limited site`,
      String(limited),
      '',
      '',
      `≈ ${Math.floor(WATCH_SECONDS / 60)} (1 checkpoint a minute)`,
    ]);

    for (const page of ['newtab', 'popup', 'options', 'pause']) {
      const bytes = upFrontGzipBytes('.output-test/chrome-mv3', page);
      rows.push([
        `${page} up-front script, gzipped`,
        `${(bytes / 1024).toFixed(1)} kB`,
        '',
        '',
        `≤ ${UP_FRONT_BUDGET / 1024} kB`,
      ]);
    }
  } finally {
    await context.close();
    await sites.close();
  }

  const header = ['Measure', 'Value (median)', 'Blank page', 'Ratio', 'Budget'];
  const table = [header, header.map(() => '---'), ...rows]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n');
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium via ${process.env.CHROMIUM_PATH ?? 'default path'}`;
  const report = `# Small Wins benchmark\n\n${new Date().toISOString().slice(0, 10)} · ${machine} · ${ROUNDS} alternating rounds per page · took ${Math.round((Date.now() - started) / 1000)} s\n\n${table}\n`;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.md', report);
  console.log(`\n${report}`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
