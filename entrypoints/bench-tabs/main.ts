// The benchmark's tab opener. `npm run bench` drives the other pages through
// a debugger; this page opens them the way a person's browser does, as tabs
// nothing is attached to, alternating with the blank page, and reads each
// tab's own first contentful paint through the extension's view of its
// pages. The results go into the title, which the bench reads from the
// browser's target list without attaching to anything. Built into the test
// build only (see scripts/lib/bench-tabs.ts).
import { browser } from 'wxt/browser';

const params = new URLSearchParams(location.search);
const pages = (params.get('pages') ?? '').split(',').filter(Boolean);
const rounds = Number(params.get('rounds') ?? 15);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function firstPaintOf(page: string): Promise<number> {
  const tab = await browser.tabs.create({ url: `/${page}.html`, active: true });
  try {
    for (let tries = 0; tries < 200; tries++) {
      await sleep(25);
      const view = browser.extension.getViews({ tabId: tab.id })[0] as
        | (Window & typeof globalThis)
        | undefined;
      const paint = view?.performance.getEntriesByName('first-contentful-paint')[0];
      if (paint) return paint.startTime;
    }
    throw new Error(`${page} painted nothing in 5 s`);
  } finally {
    // Let the page settle (its app starts after the first paint) before the next one.
    await sleep(200);
    if (tab.id !== undefined) await browser.tabs.remove(tab.id);
    await sleep(100);
  }
}

async function measure() {
  const results: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++)
    for (const page of pages) {
      const times = results[page] ?? [];
      times.push(await firstPaintOf(page));
      results[page] = times;
    }
  return results;
}

measure().then(
  (results) => {
    document.title = `done ${JSON.stringify(results)}`;
  },
  (error: unknown) => {
    document.title = `failed ${String(error)}`;
  },
);
