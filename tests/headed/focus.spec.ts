// Leaving the browser for another application. On Linux the browser sends
// no event when that happens, so counting stops at the next checkpoint (one
// budget minute apart: 6 s in the test build), which finds no browser window
// focused. The rule: the minute in which the person left counts up to that
// checkpoint (when within it they left cannot be known), and nothing after it
// does, however long they stay away. Going back to the browser starts
// counting again at once.
import type { BrowserContext } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { otherApplication } from '../../scripts/lib/headed';
import { minutes } from '../../scripts/lib/test-minute';
import {
  expect,
  expectCountingResumed,
  extensionWorker,
  limitSite,
  test,
  usageSeconds,
} from './fixtures';

declare const chrome: typeof browser;

const CHECKPOINT_S = minutes(1) / 1000;
/** How long the person stays in the other application: several checkpoints. */
const AWAY_MS = minutes(4);

async function browserFocused(context: BrowserContext) {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => (await chrome.windows.getLastFocused()).focused);
}

async function idleState(context: BrowserContext) {
  const worker = await extensionWorker(context);
  return worker.evaluate(() => chrome.idle.queryState(60));
}

test('minutes in another application add at most the checkpoint minute, and counting resumes back in the browser', async ({
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
  await site.waitForTimeout(2_000);

  // The person switches to another application and keeps working there:
  // input goes on, so the browser never reports idle. The browser cannot
  // lose focus before that application starts, whenever the focus moves.
  const leaving = Date.now();
  const other = await otherApplication(display);
  other.focus();
  const left = Date.now();
  await expect.poll(() => browserFocused(context)).toBe(false);
  const atLeaving = await usageSeconds(context, 'news.test');
  const samples: { at: number; used: number }[] = [];
  while (Date.now() - left < AWAY_MS) {
    x('mousemove', String(400 + (samples.length % 2) * 50), '330');
    samples.push({
      at: (Date.now() - left) / 1000,
      used: await usageSeconds(context, 'news.test'),
    });
    await site.waitForTimeout(1_000);
  }
  expect(await idleState(context)).toBe('active');
  const away = await usageSeconds(context, 'news.test');
  test.info().annotations.push({
    type: 'usage while away (s after leaving: s used)',
    description: samples.map((s) => `${s.at.toFixed(0)}: ${s.used.toFixed(1)}`).join(', '),
  });

  // Counted: the time in the browser, then up to the first checkpoint after
  // leaving, which found the browser unfocused; not a second more after it.
  expect(away - atLeaving).toBeLessThanOrEqual(CHECKPOINT_S + 1);
  expect(away).toBeGreaterThanOrEqual((leaving - opened) / 1000 - 1);
  const checkpointDone = CHECKPOINT_S + 2;
  for (const s of samples.filter((s) => s.at > checkpointDone)) expect(s.used).toBe(away);

  // Back in the browser: counting resumes on the focus event.
  await other.close();
  const back = Date.now();
  x('windowfocus', '--sync', browserWindow);
  await expect.poll(() => browserFocused(context)).toBe(true);
  await expectCountingResumed(context, {
    host: 'news.test',
    before: away,
    back,
    stayMs: minutes(1.5),
    elsewhere: options,
  });
});
