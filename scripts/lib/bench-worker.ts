// The benchmark's worker rows: how often the background worker does work
// while a tab sits on an unlimited site (never) and on a limited one (one
// checkpoint a minute). Every event the worker handles writes its state to
// storage.session once, so an options page counts those writes.
import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';

async function countWorkerWork(
  context: BrowserContext,
  counter: Page,
  url: string,
  seconds: number,
) {
  const page = await context.newPage();
  await page.bringToFront();
  await page.goto(url);
  await page.waitForTimeout(3000); // let the arrival settle
  await counter.evaluate(() => {
    (window as unknown as { __wakes: number }).__wakes = 0;
  });
  await page.waitForTimeout(seconds * 1000);
  const wakes = await counter.evaluate(() => (window as unknown as { __wakes: number }).__wakes);
  await page.close();
  return wakes;
}

/** Table rows for both sites; `options` is an open options page of the extension. */
export async function workerRows(
  context: BrowserContext,
  options: Page,
  seconds: number,
): Promise<string[][]> {
  await options.evaluate(() => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    api.storage.onChanged.addListener((_c, area) => {
      if (area === 'session') (window as unknown as { __wakes: number }).__wakes++;
    });
  });
  const calm = await countWorkerWork(context, options, 'http://calm.test/', seconds);
  await options.getByRole('textbox', { name: 'Site' }).fill('social.test');
  await options.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).fill('30');
  await options.getByRole('button', { name: 'Add' }).click();
  await options.getByText('0 of 30 minutes today').waitFor();
  const limited = await countWorkerWork(context, options, 'http://social.test/', seconds);
  const row = (measure: string, value: number, budget: string) => [
    measure,
    String(value),
    '',
    '',
    '',
    '',
    budget,
  ];
  return [
    row(`Worker events, ${seconds} s on an unlimited site`, calm, '0'),
    row(
      `Worker events, ${seconds} s on a limited site`,
      limited,
      `≈ ${Math.floor(seconds / 60)} (1 checkpoint a minute)`,
    ),
  ];
}
