// Leaving the browser for another application. On Linux the browser sends
// no event when that happens, so counting stops at the next once-a-minute
// checkpoint, which finds no browser window focused. The rule: the minute in
// which the person left counts up to that checkpoint (when within it they
// left cannot be known), and nothing after it does, however long they stay
// away. Going back to the browser starts counting again at once.
import type { BrowserContext } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { otherApplication } from '../../scripts/lib/headed';
import { expect, extensionWorker, limitSite, test, usageSeconds } from './fixtures';

declare const chrome: typeof browser;

const CHECKPOINT_S = 60;

async function browserFocused(context: BrowserContext) {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => (await chrome.windows.getLastFocused()).focused);
}

async function idleState(context: BrowserContext) {
  const worker = await extensionWorker(context);
  return worker.evaluate(() => chrome.idle.queryState(60));
}

test('two minutes in another application add at most the checkpoint minute, and counting resumes back in the browser', async ({
  context,
  openPage,
  display,
  x,
}) => {
  const options = await openPage('options.html');
  await limitSite(options, 'news.test', 30);
  const site = await context.newPage();
  await site.bringToFront();
  await site.goto('http://news.test/story');
  const opened = Date.now();
  const browserWindow = x('getwindowfocus');
  expect(await browserFocused(context)).toBe(true);
  await site.waitForTimeout(5_000);

  // The person switches to another application and keeps working there:
  // input goes on, so the browser never reports idle.
  const other = await otherApplication(display);
  other.focus();
  const left = Date.now();
  await expect.poll(() => browserFocused(context)).toBe(false);
  const atLeaving = await usageSeconds(context, 'news.test');
  const samples: { at: number; used: number }[] = [];
  while (Date.now() - left < 120_000) {
    x('mousemove', String(400 + (samples.length % 2) * 50), '330');
    samples.push({
      at: (Date.now() - left) / 1000,
      used: await usageSeconds(context, 'news.test'),
    });
    await site.waitForTimeout(10_000);
  }
  expect(await idleState(context)).toBe('active');
  const away = await usageSeconds(context, 'news.test');
  test.info().annotations.push({
    type: 'usage while away (s after leaving: s used)',
    description: samples.map((s) => `${s.at.toFixed(0)}: ${s.used.toFixed(1)}`).join(', '),
  });

  // Counted: from opening up to the first checkpoint, which found the browser
  // unfocused; not a second more in the rest of the two minutes.
  expect(atLeaving).toBe(0); // nothing had closed the interval yet
  expect(away - atLeaving).toBeLessThanOrEqual(CHECKPOINT_S + 1);
  expect(away).toBeGreaterThanOrEqual(CHECKPOINT_S - 1);
  const checkpointDone = CHECKPOINT_S - (left - opened) / 1000 + 5;
  for (const s of samples.filter((s) => s.at > checkpointDone)) expect(s.used).toBe(away);

  // Back in the browser: counting resumes at once.
  await other.close();
  x('windowfocus', '--sync', browserWindow);
  await expect.poll(() => browserFocused(context)).toBe(true);
  const back = Date.now();
  await site.waitForTimeout(10_000);
  await options.bringToFront();
  const since = (Date.now() - back) / 1000;
  await expect.poll(() => usageSeconds(context, 'news.test')).toBeGreaterThan(away);
  const resumed = (await usageSeconds(context, 'news.test')) - away;
  expect(resumed).toBeGreaterThanOrEqual(9);
  expect(resumed).toBeLessThanOrEqual(since + 2);
});
