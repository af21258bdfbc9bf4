// Real idle and lock on a real desktop: with no keyboard or mouse input the
// browser reports idle, and with the screensaver on it reports locked. Time
// on a limited site stops counting in both, and counts again when the person
// is back. Usage is read from the extension's own store.
import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { xset } from '../../scripts/lib/headed';
import { minutes } from '../../scripts/lib/test-minute';
import {
  countingStopped,
  expect,
  expectCountingResumed,
  extensionWorker,
  limitSite,
  test,
  usageSeconds,
} from './fixtures';

declare const chrome: typeof browser;

async function idleState(context: BrowserContext, seconds: number) {
  const worker = await extensionWorker(context);
  return worker.evaluate((s) => chrome.idle.queryState(s), seconds);
}

async function openLimitedSite(context: BrowserContext, options: Page) {
  await limitSite(options, 'news.test', 30);
  const page = await context.newPage();
  await page.bringToFront();
  const navigated = Date.now(); // counting starts at most this early
  await page.goto('http://news.test/story');
  return navigated;
}

test('no input stops counting at the idle threshold, and input starts it again', async ({
  context,
  openPage,
  x,
}) => {
  const options = await openPage('options.html');
  // The shortest interval the browser allows, in place of the extension's 60 s.
  const worker = await extensionWorker(context);
  await worker.evaluate(() => chrome.idle.setDetectionInterval(15));
  await openLimitedSite(context, options);
  x('mousemove', '640', '400'); // the last input for a while
  const lastInput = Date.now();

  await expect.poll(() => idleState(context, 15), { timeout: 30_000 }).toBe('idle');
  // What the worker wrote when it heard of the idle, not a checkpoint before.
  await expect.poll(() => countingStopped(context)).toBe(true);
  const atIdle = await usageSeconds(context, 'news.test');
  expect(atIdle).toBeGreaterThanOrEqual(13);
  expect(atIdle).toBeLessThanOrEqual((Date.now() - lastInput) / 1000 + 2);

  // Two more checkpoints without input: nothing more is counted.
  await options.waitForTimeout(minutes(2) + 1_000);
  expect(await idleState(context, 15)).toBe('idle');
  expect(await usageSeconds(context, 'news.test')).toBe(atIdle);

  // Back at the mouse: counting resumes until the person switches tabs.
  const back = Date.now();
  x('mousemove', '200', '300');
  await expect.poll(() => idleState(context, 15)).toBe('active');
  await expectCountingResumed(context, {
    host: 'news.test',
    before: atIdle,
    back,
    stayMs: 8_000,
    elsewhere: options,
  });
});

test('a locked screen stops counting at once, and unlocking starts it again', async ({
  context,
  openPage,
  display,
  x,
}) => {
  const options = await openPage('options.html');
  const opened = await openLimitedSite(context, options);
  x('mousemove', '640', '400');
  await options.waitForTimeout(5_000);

  xset(display, 's', 'activate');
  await expect.poll(() => idleState(context, 60)).toBe('locked');
  // What the worker wrote when it heard of the lock, not a checkpoint before.
  await expect.poll(() => countingStopped(context)).toBe(true);
  const stoppedBy = Date.now();
  const atLock = await usageSeconds(context, 'news.test');
  expect(atLock).toBeGreaterThanOrEqual(4);
  // Nothing after the worker heard of the lock, however late a busy machine
  // delivered it: no more than until the test saw counting stop.
  expect(atLock).toBeLessThanOrEqual((stoppedBy - opened) / 1000 + 1);

  await options.waitForTimeout(minutes(2) + 1_000);
  expect(await idleState(context, 60)).toBe('locked');
  expect(await usageSeconds(context, 'news.test')).toBe(atLock);

  const back = Date.now();
  xset(display, 's', 'reset');
  x('mousemove', '200', '300');
  await expect.poll(() => idleState(context, 60)).toBe('active');
  await expectCountingResumed(context, {
    host: 'news.test',
    before: atLock,
    back,
    stayMs: 5_000,
    elsewhere: options,
  });
});
