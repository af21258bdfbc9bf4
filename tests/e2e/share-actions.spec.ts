// Sharing a range of hundreds of wins: copy, save and print are on the first
// screen, above the list, and still in reach at the bottom of it; the page's
// controls wear the theme (not the browser's blue) and pass axe, light and dark.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SharePage } from './pages/share';

const ACTIONS = ['Copy', 'Save as Markdown', 'Print or save as PDF'];

/** Whole on the screen as it is, without scrolling the page. */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const view = page.viewportSize();
  return !!box && !!view && box.y >= 0 && box.y + box.height <= view.height;
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });

    test('with hundreds of wins, the share actions are on the first screen and stay in reach', async ({
      context,
      extensionId,
    }) => {
      let share = await SharePage.open(await context.newPage(), extensionId);
      await share.seedYear(400, 'The newest win');
      share = await SharePage.open(share.page, extensionId);
      const { page } = share;
      await page.getByLabel('This year').check();
      await expect(share.status).toHaveText('401 of 401 wins chosen.');
      await expect(share.checkboxes).toHaveCount(150);

      for (const name of ACTIONS) {
        const button = page.getByRole('button', { name });
        await expect(button).toBeEnabled();
        expect(await onScreen(page, button), `${name} on the first screen`).toBe(true);
      }
      // Before the list in reading (and Tab) order, too.
      const order = await page.evaluate(() => {
        const copy = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Copy');
        const list = document.querySelector('.share-list li');
        return (
          !!copy &&
          !!list &&
          !!(copy.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      });
      expect(order).toBe(true);

      // At the end of the list, still one press away.
      await share.checkboxes.last().scrollIntoViewIfNeeded();
      expect(await onScreen(page, page.getByRole('button', { name: 'Copy' }))).toBe(true);

      // Boxes and buttons in the theme's colours, not the browser's own.
      const colours = await page.evaluate(() => {
        const root = getComputedStyle(document.documentElement);
        const probe = document.createElement('span');
        probe.style.color = root.getPropertyValue('--accent');
        document.body.append(probe);
        const accent = getComputedStyle(probe).color;
        probe.remove();
        const box = document.querySelector('.share-list input[type="checkbox"]') as Element;
        const copy = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Copy');
        return {
          accent,
          box: getComputedStyle(box).accentColor,
          copy: copy ? getComputedStyle(copy).backgroundColor : '',
        };
      });
      expect(colours.box).toBe(colours.accent);
      expect(colours.copy).toBe(colours.accent);

      // A visible focus ring on a box reached by keyboard.
      await share.checkboxes.first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as Element;
        const style = getComputedStyle(el);
        return {
          style: style.outlineStyle,
          width: style.outlineWidth,
          visible: el.matches(':focus-visible'),
        };
      });
      expect(ring).toMatchObject({ style: 'solid', visible: true });

      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
        [],
      );
    });
  });
}
