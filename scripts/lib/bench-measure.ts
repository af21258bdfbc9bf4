// What `npm run bench` measures in one page load, and how it summarises
// rounds. A page's first contentful paint is the moment its first content is
// on screen: for the script-free blank page its line of text, for the new tab
// the date and today's list (drawn together by the first-paint script), for
// the popup its focused field and list. Layout shift is summed the way
// cumulative layout shift is, from a buffered `layout-shift` observer.
import type { BrowserContext, Page } from '@playwright/test';

export interface Summary {
  median: number;
  p90: number;
}

export function summarise(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] as number;
  const m = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  return { median, p90: at(0.9) };
}

/** First contentful paint of a freshly opened page, in ms from navigation. */
export async function firstPaint(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await page.close();
  return fcp;
}

/** When a page's own performance mark was set (the module baseline's way). */
export async function markTime(context: BrowserContext, url: string, mark: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
  const t = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    mark,
  );
  await page.close();
  return t;
}

/** Cumulative layout shift once the page is settled (`settled` resolved, then 500 ms). */
export async function layoutShift(
  context: BrowserContext,
  url: string,
  settled: (page: Page) => Promise<unknown>,
): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await settled(page);
  await page.waitForTimeout(500);
  const cls = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 50);
      }),
  );
  await page.close();
  return cls;
}

export interface Compared {
  page: Summary;
  blank: Summary;
  ratio: number;
}

/** Alternates a page with its baseline so machine noise falls on both. */
export async function alternate(
  rounds: number,
  measurePage: () => Promise<number>,
  measureBlank: () => Promise<number>,
): Promise<Compared> {
  const page: number[] = [];
  const blank: number[] = [];
  await measurePage(); // warm-up, not counted
  await measureBlank();
  for (let i = 0; i < rounds; i++) {
    blank.push(await measureBlank());
    page.push(await measurePage());
  }
  const p = summarise(page);
  const b = summarise(blank);
  return { page: p, blank: b, ratio: p.median / b.median };
}
