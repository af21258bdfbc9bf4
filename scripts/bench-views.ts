// `npm run bench:views`: every heavy view with 100,000 wins in this year, in a
// real Chromium with the test build. For each, the longest task (the budget is
// 200 ms), how many tasks passed 50 ms, and how long the view took to say it
// was done: share's "This year" and an untick, search "a", Your year, the new
// tab, the options page, and an import of a 100,000-win backup (budget: under
// a minute). Prints a Markdown table; `--skip-build` reuses .output-test,
// `--only=share,import` measures only those views.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  row,
  seedYear,
  timeLoad,
  timeView,
  type ViewTiming,
  watchLongTasks,
  yearBackup,
} from './lib/bench-views';
import { build } from './lib/build';
import { extensionIdOf, launchWithExtension, newProfileDir } from './lib/chromium';

const COUNT = 100_000;
const VIEWS = ['share', 'search', 'year', 'newtab', 'options', 'import'] as const;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** `--only=share,import` measures just those views. */
const want = (view: (typeof VIEWS)[number]) => !only || only.split(',').includes(view);
const shown = COUNT.toLocaleString('en-US');

async function main() {
  if (!process.argv.includes('--skip-build')) build('build:test');
  const context = await launchWithExtension({ profileDir: newProfileDir() });
  await watchLongTasks(context);
  const base = `chrome-extension://${await extensionIdOf(context)}`;
  const rows: [string, ViewTiming][] = [];
  try {
    const seeder = await context.newPage();
    await seeder.goto(`${base}/blank.html`);
    await seedYear(seeder, COUNT, 'year');
    await seeder.close();

    if (want('share')) {
      const share = await context.newPage();
      await share.goto(`${base}/share.html`);
      await share.getByRole('status').waitFor();
      rows.push([
        'Share, "This year" chosen',
        await timeView(
          share,
          () => share.getByLabel('This year').check(),
          () => share.getByText(`${shown} of ${shown} wins chosen`).waitFor({ timeout: 120_000 }),
        ),
      ]);
      rows.push([
        'Share, one win unticked',
        await timeView(
          share,
          () => share.getByRole('checkbox').first().uncheck(),
          () =>
            share
              .getByText(`${(COUNT - 1).toLocaleString('en-US')} of ${shown} wins chosen`)
              .waitFor({ timeout: 60_000 }),
        ),
      ]);
      await share.close();
    }

    if (want('search')) {
      const newtab = await context.newPage();
      await newtab.goto(`${base}/lookback.html`);
      await newtab.getByRole('searchbox', { name: 'Search wins' }).waitFor();
      await newtab.waitForTimeout(1000);
      rows.push([
        'Search "a"',
        await timeView(
          newtab,
          () => newtab.getByRole('searchbox', { name: 'Search wins' }).fill('a'),
          () => newtab.getByText(`Wins found: ${shown}`).waitFor({ timeout: 60_000 }),
        ),
      ]);
      await newtab.close();
    }

    if (want('year'))
      rows.push([
        'Your year, loaded',
        await timeLoad(context, `${base}/review.html`, (p) =>
          p.getByText(`You noted ${shown} small wins.`).waitFor({ timeout: 60_000 }),
        ),
      ]);
    if (want('newtab'))
      rows.push([
        'New tab, loaded',
        await timeLoad(context, `${base}/newtab.html`, (p) =>
          p.getByRole('navigation', { name: 'More of Small Wins' }).waitFor({ timeout: 60_000 }),
        ),
      ]);
    if (want('newtab'))
      rows.push([
        'Look back, loaded',
        await timeLoad(context, `${base}/lookback.html`, (p) =>
          p.getByRole('grid', { name: 'A year of days' }).waitFor({ timeout: 60_000 }),
        ),
      ]);
    if (want('options'))
      rows.push([
        'Options, loaded',
        await timeLoad(context, `${base}/options.html`, (p) =>
          p.getByLabel('Import a backup file').waitFor({ timeout: 60_000 }),
        ),
      ]);

    if (want('import')) {
      const options = await context.newPage();
      await options.goto(`${base}/options.html`);
      await options.getByLabel('Import a backup file').waitFor();
      await options.waitForTimeout(1000);
      const file = yearBackup(COUNT, 'imported');
      // Chosen from a path on disk, as a person chooses it: Playwright hands
      // a file given as bytes to the page as base64 that the page's own main
      // thread decodes, one task of about 2 s that is the tool's, not ours.
      const path = join(mkdtempSync(join(tmpdir(), 'small-wins-views-')), 'backup.json');
      writeFileSync(path, file);
      rows.push([
        `Import of a ${shown}-win backup (${(file.length / 2 ** 20).toFixed(1)} MB)`,
        await timeView(
          options,
          () => options.getByLabel('Import a backup file').setInputFiles(path),
          () =>
            options
              .getByText(`Imported: ${shown} wins`, { exact: false })
              .waitFor({ timeout: 300_000 }),
        ),
      ]);
    }
  } finally {
    await context.close();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`;
  console.log(`\n${new Date().toISOString().slice(0, 16)} UTC · ${machine} · ${shown} wins\n`);
  console.log('| View | Longest task | Tasks over 50 ms | Took |\n| --- | --- | --- | --- |');
  for (const [name, timing] of rows) console.log(row(name, timing));
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
