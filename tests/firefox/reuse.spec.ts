// The worker's Firefox is reused between tests (tests/firefox/fixtures.ts):
// whatever a test leaves behind (wins, a limited site and the access granted
// for it, the sync and session areas, the pages' first-paint copy, an alarm,
// a limited site's tab still open while the event page counts)
// is gone when the next test starts, in the same browser, with the extension
// as on a fresh install and its welcome page closed.
import { startupReason, tabUrls } from '../../scripts/lib/firefox';
import { extensionState, resetFirefox, whatIsLeft } from '../../scripts/lib/firefox-reset';
import { expect, test } from './fixtures';
import { EMPTY_TODAY, NewTab } from './pages/newtab';
import { Options } from './pages/options';
import { Popup } from './pages/popup';

test.describe.configure({ mode: 'serial' });

/** The process of the Firefox the first test ran in. */
let firstPid: number | undefined;

test('what a test leaves behind is gone after the reset, in the same Firefox', async ({ ff }) => {
  firstPid = ff.browser.process()?.pid;
  const popup = await Popup.open(ff);
  await popup.addWin('Left behind');
  await expect.poll(() => popup.todayWins()).toEqual(['Left behind']);
  const options = await Options.open(ff);
  await options.limitSite('social.test', 1);
  await options.page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
      .browser;
    await api.storage.sync.set({ left: 1 });
    await api.storage.session.set({ left: 1 });
    await api.alarms.create('left', { delayInMinutes: 60 });
  });
  // The test ends on a limited site, the event page counting its minutes.
  await ff.openSite('http://social.test/feed');
  const before = await extensionState(ff);
  expect(before.records['small-wins/wins']).toBe(1);
  const left = await whatIsLeft(ff, Date.now());
  for (const what of ['small-wins/wins', 'storage.local settings', 'storage.sync left']) {
    expect(left.join('; ')).toContain(what);
  }
  expect(left.join('; ')).toMatch(/storage\.session .*alarm left.*origins .*social\.test.*tabs /);

  const since = Date.now();
  await resetFirefox(ff);
  expect(ff.browser.process()?.pid).toBe(firstPid);
  expect(await whatIsLeft(ff, since)).toEqual([]);
  expect(await startupReason(ff)).toBe('ADDON_INSTALL');
  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.emptyText()).toBe(EMPTY_TODAY);
  expect(await (await Options.open(ff)).limitedSites()).toEqual([]);

  // Left for the fixture's own reset, after this test.
  await (await Options.open(ff)).limitSite('news.test', 1);
  await (await Popup.open(ff)).addWin('Left for the next test');
  await ff.openSite('http://news.test/');
});

test('the next test gets the same Firefox as a fresh install, its welcome page closed', async ({
  ff,
}) => {
  expect(ff.browser.process()?.pid).toBe(firstPid);
  expect(await tabUrls(ff)).toEqual(['about:blank']);
  expect(await startupReason(ff)).toBe('ADDON_INSTALL');
  expect(await whatIsLeft(ff, 0)).toEqual([]);
  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.emptyText()).toBe(EMPTY_TODAY);
  expect(await (await Options.open(ff)).limitedSites()).toEqual([]);
});
