// The popup is instant: first paint before its module runs, no key lost while
// it loads, an early Enter saved, and nothing moving as the app takes over;
// on it and the new tab, the app's module is asked for only after the first
// paint is on screen, and after the load event: Chromium shows the toolbar
// popup only once its page has loaded (ExtensionPopup shows its bubble on
// DocumentOnLoadCompletedInPrimaryMainFrame), and a script added before
// `load` would hold it until the app had run.
import type { BrowserContext, Page } from '@playwright/test';
import { layoutShift } from '../../scripts/lib/bench-measure';
import { expect, test } from './fixtures';
import {
  addWins,
  firstPaintOf,
  openRecording,
  paintedStillThere,
  todayTexts,
} from './pages/first-paint';

test('the popup paints its field focused and today before its module runs, and the app adopts both', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const first = await openPopup();
  await addWins(first, ['Stretched']);
  await first.close();
  const popup = await openRecording(context, `chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.shortcut')).not.toBeEmpty();
  const paint = await firstPaintOf(popup);
  expect(paint.focused).toBe('win-text');
  expect(paint.texts).toEqual(['Stretched']);
  expect(paint.rendered).toBe(true);
  expect(paint.adopted).toBe(paint.painted);
  expect(await paintedStillThere(popup, '#win-text')).toBe(true);
  expect(await paintedStillThere(popup, '#app ul.wins')).toBe(true);
  await expect(popup.getByRole('textbox', { name: /win/i })).toBeFocused();
});

test('twenty popups opened one after another keep every key typed as soon as they load', async ({
  context,
  extensionId,
  openNewTab,
}) => {
  test.setTimeout(120_000);
  const typed: string[] = [];
  for (let i = 1; i <= 20; i++) {
    const text = `Quick win number ${i} ✓`;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`, {
      waitUntil: 'domcontentloaded',
    });
    await popup.keyboard.type(text);
    await popup.keyboard.press('Enter');
    await expect(todayTexts(popup).first()).toHaveText(text);
    typed.unshift(text);
    await popup.close();
  }
  const tab = await openNewTab();
  await expect(todayTexts(tab)).toHaveText(typed);
});

/**
 * Opens the popup with its app's module held back (only the first-paint
 * script runs) and its painted field focused; `release` lets the app start.
 */
async function popupBeforeItsApp(context: BrowserContext, extensionId: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The page's own route: one on the whole context also intercepts the
  // extension's worker and every page, and a new page then once hung in its
  // opening on a loaded machine.
  const popup = await context.newPage();
  await popup.route(/\/chunks\/popup-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
  await expect(popup.locator('#win-text')).toBeFocused();
  const appStarted = () => popup.evaluate(() => '__k' in (document.getElementById('app') ?? {}));
  return { popup, release, appStarted };
}

test('an Enter pressed before the popup app is up still saves the win and says so, and later keys stay in the field', async ({
  context,
  extensionId,
}) => {
  const { popup, release, appStarted } = await popupBeforeItsApp(context, extensionId);
  await popup.keyboard.type('Typed before the app');
  await popup.keyboard.press('Enter');
  await popup.keyboard.type('Still typing');
  expect(await appStarted()).toBe(false);
  release();
  await expect(todayTexts(popup)).toHaveText(['Typed before the app']);
  // Said as any save is, once the app is up to say it.
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    'Saved: Typed before the app.',
  );
  await expect(popup.getByRole('textbox', { name: /win/i })).toHaveValue('Still typing');
  await popup.keyboard.press('Enter');
  await expect(todayTexts(popup)).toHaveText(['Still typing', 'Typed before the app']);
});

test('an Enter on an empty field before the popup app is up is answered once it is, and a win after it is kept', async ({
  context,
  extensionId,
}) => {
  const { popup, release, appStarted } = await popupBeforeItsApp(context, extensionId);
  await popup.keyboard.press('Enter');
  await popup.keyboard.type('After the empty one');
  await popup.keyboard.press('Enter');
  expect(await appStarted()).toBe(false);
  release();
  await expect(todayTexts(popup)).toHaveText(['After the empty one']);
  await expect(popup.getByRole('alert')).toContainText('Type a few words');
});

test('nothing moves on the new tab or the popup while the app takes over and the look back arrives', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const popup = await openPopup();
  await addWins(popup, ['Made the bed #home']);
  await popup.close();
  const base = `chrome-extension://${extensionId}`;
  const newtabShift = await layoutShift(context, `${base}/newtab.html`, (page) =>
    expect(page.getByRole('navigation', { name: 'More of Small Wins' })).toBeVisible(),
  );
  const popupShift = await layoutShift(context, `${base}/popup.html`, (page) =>
    expect(page.locator('.shortcut')).not.toBeEmpty(),
  );
  expect({ newtabShift, popupShift }).toEqual({ newtabShift: 0, popupShift: 0 });
});

test('the very first popup, before the room for its chips is known, moves nothing as they arrive', async ({
  context,
  extensionId,
}) => {
  const url = `chrome-extension://${extensionId}/popup.html`;
  const shown = (page: Page) =>
    Promise.all([
      expect(page.getByRole('group', { name: /Tiny wins to save/ })).toBeVisible(),
      expect(page.getByRole('button', { name: 'Take a pause' })).toBeVisible(),
    ]);
  const firstShift = await layoutShift(context, url, shown);
  const secondShift = await layoutShift(context, url, shown);
  expect({ firstShift, secondShift }).toEqual({ firstShift: 0, secondShift: 0 });
});

test("the app's module is asked for only once the first paint is on screen and the page has loaded", async ({
  context,
  extensionId,
}) => {
  // When the module's tag joins the page: extension files leave no resource timing.
  await context.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      for (const change of changes)
        for (const node of change.addedNodes)
          if (node instanceof HTMLScriptElement && node.type === 'module') {
            performance.mark('module-asked');
            observer.disconnect();
          }
    }).observe(document, { childList: true, subtree: true });
  });
  for (const name of ['newtab', 'popup']) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await page.waitForFunction(() => performance.getEntriesByName('app-rendered').length > 0);
    const times = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .loadEventEnd,
      module: performance.getEntriesByName('module-asked')[0]?.startTime,
    }));
    expect(times.paint, `${name}: first contentful paint`).toBeGreaterThan(0);
    expect(times.loaded, `${name}: the load event`).toBeGreaterThan(0);
    const after = Math.max(times.paint ?? Number.POSITIVE_INFINITY, times.loaded);
    expect(
      times.module,
      `${name}: the module's tag added (first paint ${times.paint} ms, load over ${times.loaded} ms)`,
    ).toBeGreaterThanOrEqual(after);
    await page.close();
  }
});
