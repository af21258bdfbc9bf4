// The popup is one screen at its real size (360 px wide, at most 600 px tall,
// the browser's limit): the field, the chips, the latest few wins and a link
// to the rest on the new tab, with the Settings link in view and no list
// scrolling inside it. The first paint draws the same, and the app adopts it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addWins, firstPaintOf, openRecording, paintedStillThere } from './pages/first-paint';
import { PopupPage } from './pages/popup';

/** The popup's real frame: its own width, and the tallest a browser lets it be. */
const POPUP = { width: 360, height: 600 };

/** What a person sees of the popup's size: page height, Settings in view, any inner scroller. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const settings = [...document.querySelectorAll('nav.links a')].find((a) =>
      a.getAttribute('href')?.includes('options'),
    );
    const scrollers = [...document.querySelectorAll('#app *')]
      .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY))
      .filter((el) => el.scrollHeight > el.clientHeight)
      .map((el) => el.className || el.localName);
    return {
      // The page's own height (the frame may be taller than what it holds).
      height: Math.ceil(
        (document.querySelector('#app main')?.getBoundingClientRect().bottom ?? 0) + scrollY,
      ),
      scrolled: document.documentElement.scrollHeight > innerHeight,
      settingsBottom: settings ? settings.getBoundingClientRect().bottom : Number.POSITIVE_INFINITY,
      scrollers,
    };
  });

test('with twelve wins today the popup stays one screen, Settings in view, the rest a link away', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const first = await openPopup();
  await first.setViewportSize(POPUP);
  const texts = Array.from({ length: 12 }, (_, i) => `Small thing number ${i + 1}`);
  await addWins(first, texts);
  const popup = new PopupPage(first);
  await expect(popup.todayTexts).toHaveText(texts.slice(-3).reverse());
  await expect(popup.chips.first()).toBeVisible();
  await expect(first.locator('.shortcut')).not.toBeEmpty();
  const more = first.getByRole('link', { name: '+ 9 more today' });
  await expect(more).toBeVisible();
  expect(await more.getAttribute('href')).toBe('/newtab.html');
  const size = await measure(first);
  test.info().annotations.push({ type: 'popup height', description: `${size.height}px` });
  expect(size.height).toBeLessThanOrEqual(POPUP.height);
  expect(size.settingsBottom).toBeLessThanOrEqual(POPUP.height);
  expect(size.scrolled).toBe(false);
  expect(size.scrollers).toEqual([]);
  await expect(first.getByRole('link', { name: 'Settings' })).toBeInViewport();
  await first.close();

  // Opened again: the first paint draws the same three and the same link.
  const again = await openRecording(context, `chrome-extension://${extensionId}/popup.html`);
  await again.setViewportSize(POPUP);
  const paint = await firstPaintOf(again);
  expect(paint.texts).toEqual(texts.slice(-3).reverse());
  expect(paint.adopted).toBe(paint.painted);
  expect(await paintedStillThere(again, '#app .more a')).toBe(true);
  await expect(again.getByRole('link', { name: '+ 9 more today' })).toBeVisible();
});

test('with one win more than the popup shows, the link counts one', async ({ openPopup }) => {
  const page = await openPopup();
  await addWins(page, ['One', 'Two', 'Three', 'Four']);
  await expect(page.getByRole('link', { name: '+ 1 more today' })).toBeVisible();
  await expect(new PopupPage(page).todayTexts).toHaveText(['Four', 'Three', 'Two']);
});
