// What `npm run bench:views` measures: how long the page is held up (the
// longest task, from a `longtask` observer set before the page's own scripts)
// while a view does its work among 100,000 wins, and how long that work takes
// until the view says it is done. The wins are written straight into the
// extension's database in one transaction, as the end-to-end tests seed.
import type { BrowserContext, Page } from '@playwright/test';

export interface ViewTiming {
  /** From the action to the view saying it is done, in ms. */
  took: number;
  /** The longest task in that time, in ms (0 when none reached 50 ms). */
  longest: number;
  /** How many tasks were over 50 ms. */
  longTasks: number;
}

/** Installs the observer in every page the context opens, before the page's scripts. */
export async function watchLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** Runs `act`, waits for `done`, then 500 ms more for tasks still to come. */
export async function timeView(
  page: Page,
  act: () => Promise<unknown>,
  done: () => Promise<unknown>,
): Promise<ViewTiming> {
  await page.evaluate(() => {
    (window as unknown as { __tasks: number[] }).__tasks = [];
  });
  const start = Date.now();
  await act();
  await done();
  const took = Date.now() - start;
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  return { took, longest: Math.max(0, ...tasks), longTasks: tasks.length };
}

/** A page's load timed the same way, from navigation to `done`. */
export async function timeLoad(
  context: BrowserContext,
  url: string,
  done: (page: Page) => Promise<unknown>,
): Promise<ViewTiming> {
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url);
  await done(page);
  const took = Date.now() - start;
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  await page.close();
  return { took, longest: Math.max(0, ...tasks), longTasks: tasks.length };
}

/**
 * Writes `count` wins spread over this year's days so far (the newest today),
 * `perDay`-ish each, in one transaction from an extension page.
 */
export async function seedYear(page: Page, count: number, prefix: string): Promise<void> {
  await page.evaluate(
    ({ count, prefix }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('small-wins');
        open.onsuccess = () => {
          const tx = open.result.transaction('wins', 'readwrite');
          const store = tx.objectStore('wins');
          const now = new Date();
          const jan1 = new Date(now.getFullYear(), 0, 1);
          const days = Math.max(1, Math.round((now.getTime() - jan1.getTime()) / 86_400_000));
          const pad = (n: number) => String(n).padStart(2, '0');
          for (let i = 0; i < count; i++) {
            const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (i % days), 10);
            store.put({
              id: `${prefix}-${i}`,
              text: `A small win ${i} #bench`,
              day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
              at: d.getTime() + (i % 3600) * 1000,
              kind: 'win',
              tags: ['bench'],
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { count, prefix },
  );
}

/** A backup document of `count` wins of this year, none of them stored yet. */
export function yearBackup(count: number, prefix: string): Buffer {
  const now = new Date();
  const jan1 = new Date(now.getFullYear(), 0, 1);
  const days = Math.max(1, Math.round((now.getTime() - jan1.getTime()) / 86_400_000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const wins = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (i % days), 11);
    wins.push({
      id: `${prefix}-${i}`,
      text: `An imported win ${i}`,
      day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      at: d.getTime() + (i % 3600) * 1000,
      kind: 'win',
      tags: [],
    });
  }
  return Buffer.from(JSON.stringify({ format: 'small-wins-backup', version: 1, wins }));
}

export const row = (name: string, t: ViewTiming) =>
  `| ${name} | ${t.longest.toFixed(0)} ms | ${t.longTasks} | ${(t.took / 1000).toFixed(1)} s |`;
