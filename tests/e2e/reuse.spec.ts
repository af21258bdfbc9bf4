// A worker's browser is lent to test after test (tests/e2e/fixtures.ts):
// the second test here gets the same browser the first one filled with
// wins, a limited site, settings, synced data, an alarm, a badge and open
// tabs, and finds the extension as on a fresh install.
import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { NewTabPage } from './pages/newtab';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const test = base;
test.describe.configure({ mode: 'serial' });

let filled: BrowserContext | undefined;

/** Everything the extension keeps outside its pages, read in an extension page. */
const kept = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    return {
      local: Object.keys(await api.storage.local.get(null)).sort(),
      sync: Object.keys(await api.storage.sync.get(null)),
      session: Object.keys(await api.storage.session.get(null)),
      alarms: (await api.alarms.getAll()).map((a) => a.name),
      badge: await api.action.getBadgeText({}),
    };
  });

test('a test leaves wins, a limited site, synced data, an alarm, a badge and open tabs behind', async ({
  context,
  openPopup,
  openNewTab,
  limitAndVisit,
}) => {
  await new PopupPage(await openPopup()).addWinsAndWait('Left behind');
  await new NewTabPage(await openNewTab()).addWinsAndWait('Also left behind');
  const { options } = await limitAndVisit('social.test', 5, 'http://social.test/');
  await options.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    await api.storage.sync.set({ leftBehind: 1 });
    await api.alarms.create('left-behind', { delayInMinutes: 30 });
    await api.action.setBadgeText({ text: '9' });
  });
  const left = await kept(options);
  expect(left.sync).toEqual(['leftBehind']);
  expect(left.alarms).toContain('left-behind');
  filled = context;
});

test('the next test in the worker gets the same browser, with the extension as on a fresh install', async ({
  context,
  openNewTab,
  openOptions,
}) => {
  expect(context, 'the browser the first test used').toBe(filled);
  expect(context.pages().map((p) => p.url())).toEqual(['about:blank']);
  const newtab = new NewTabPage(await openNewTab());
  await expect(newtab.field).toBeVisible();
  await expect(newtab.todayItems).toHaveCount(0);
  const options = await openOptions();
  await expect(new OptionsPage(options).siteField).toBeVisible();
  await expect(options.getByText('social.test')).toHaveCount(0);
  expect(await kept(options)).toMatchObject({
    local: ['usedAt', 'welcomedAt'],
    sync: [],
    session: [],
    alarms: [],
    badge: '',
  });
});
