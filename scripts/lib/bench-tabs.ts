// The bench's view without a debugger. Playwright attaches to every page it
// drives, and a debugger adds work to each file a page loads, so the bench
// also opens the floor, the new tab and the popup as a person's browser
// does: a Chromium started on the same profile with no debugger attached to
// any tab, where the extension's own tab opener (entrypoints/bench-tabs)
// opens each page as a tab, alternating with the blank page, and reads its
// first paint.
// The remote-debugging port is used only to open the opener and to read the
// target list (titles), which attaches to nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { contentPage } from './bench-content';
import { type Compared, summarise } from './bench-measure';
import { EXTENSION_DIR, extensionArgs, findChromium } from './chromium';

/** What the no-debugger rows open, in turn (the content pages: bench-content.ts). */
export const TAB_PAGES = [
  'blank-static',
  'blank-floor',
  contentPage('newtab'),
  'newtab',
  contentPage('popup'),
  'popup',
];

interface Target {
  type: string;
  url: string;
  title: string;
}

async function until<T>(what: string, seconds: number, get: () => Promise<T | undefined>) {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; await sleep(500)) {
    const found = await get().catch(() => undefined);
    if (found !== undefined) return found;
  }
  throw new Error(`No ${what} within ${seconds} s`);
}

/**
 * First contentful paints, in ms, of each page opened `rounds` times in turn.
 * `base` is the extension's address (`chrome-extension://id`): its worker need
 * not be running when a browser starts again on a profile it is installed in.
 */
export async function firstPaintsWithoutDebugger(
  profileDir: string,
  base: string,
  pages: readonly string[],
  rounds: number,
): Promise<Record<string, number[]>> {
  const portFile = join(profileDir, 'DevToolsActivePort');
  // A browser started on this profile before leaves its port's file behind.
  rmSync(portFile, { force: true });
  const browser = spawn(
    findChromium(),
    [
      ...extensionArgs(EXTENSION_DIR),
      '--headless=new',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    const port = await until('debugging port', 30, async () =>
      existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n')[0] : undefined,
    );
    const targets = async () =>
      (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Target[];
    const opener = `${base}/bench-tabs.html?rounds=${rounds}&pages=${pages.join(',')}`;
    await fetch(`http://127.0.0.1:${port}/json/new?${encodeURIComponent(opener)}`, {
      method: 'PUT',
    });
    const title = await until(
      'result from the tab opener',
      60 + rounds * pages.length * 3,
      async () =>
        (await targets()).find(
          (t) => t.url.startsWith(`${base}/bench-tabs.html`) && /^(done|failed) /.test(t.title),
        )?.title,
    );
    if (title.startsWith('failed ')) throw new Error(`The tab opener stopped: ${title.slice(7)}`);
    // The target list gives titles with their quotes written as HTML.
    return JSON.parse(title.slice(5).replaceAll('&quot;', '"')) as Record<string, number[]>;
  } finally {
    if (browser.exitCode === null) {
      const exited = new Promise((resolve) => browser.once('exit', resolve));
      browser.kill();
      await exited;
    }
  }
}

/**
 * The floor's, the new tab's and the popup's rows, each against the blank page
 * of the same run. The floor is the soonest any page a script draws can paint
 * under Manifest V3 (no inline script): it shows how much of a ratio is the
 * script's file read alone. The content floors are each page's first screen
 * as script-free HTML: what its content alone costs to draw.
 */
export function noDebuggerRows(wins: string, paints: Record<string, number[]>) {
  const blank = summarise(paints['blank-static'] ?? []);
  return (
    [
      ['blank-floor', 'Floor: the blank page drawn by one fetched script', 'none (floor)'],
      [
        contentPage('newtab'),
        "Content floor: the new tab's first screen as HTML, no script",
        'none',
      ],
      ['newtab', "New tab, date and today's wins painted", '≤ 1.2'],
      [contentPage('popup'), "Content floor: the popup's first screen as HTML, no script", 'none'],
      ['popup', 'Popup, field focused and painted', '≤ 1.1'],
    ] as const
  ).map(([page, measure, budget]) => {
    const painted = summarise(paints[page] ?? []);
    const compared: Compared = { page: painted, blank, ratio: painted.median / blank.median };
    return [`${measure}, no debugger (${wins})`, compared, budget] as const;
  });
}
