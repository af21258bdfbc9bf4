// axe-core on every page, empty and with wins, in light and dark themes; the
// pause without motion; every page in its own font, at the browser's size.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/lib/chromium';
import { SHIPPED_ENTRYPOINTS } from '../../scripts/lib/entrypoints';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ theme: colorScheme });

    test('popup, new tab and options pass axe, empty and with wins', async ({
      openPopup,
      openNewTab,
      openOptions,
    }) => {
      test.setTimeout(120_000); // axe audits five pages, twice
      const popup = await openPopup();
      expect(await seriousViolations(popup)).toEqual([]);
      const newtab = await openNewTab();
      expect(await seriousViolations(newtab)).toEqual([]);

      const field = popup.getByRole('textbox', { name: /win/i });
      await field.fill('Wrote the first line');
      await field.press('Enter');
      await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      // A blank save shows the gentle alert too (a second Enter on the emptied
      // field is taken as the same keystroke twice, so type a space first).
      await field.fill(' ');
      await field.press('Enter');
      await expect(popup.getByRole('alert')).toBeVisible();
      await expect(newtab.getByRole('list', { name: /Today/ })).toBeVisible();
      expect(await seriousViolations(popup)).toEqual([]);
      expect(await seriousViolations(newtab)).toEqual([]);

      const options = await openOptions();
      expect(await seriousViolations(options)).toEqual([]);
      await new OptionsPage(options).limitSite('social.test');
      await expect(options.getByRole('list', { name: 'Limited sites' })).toBeVisible();
      await options.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).fill('0');
      await options.getByRole('button', { name: 'Add' }).click();
      await expect(options.getByRole('alert').first()).toBeVisible();
      expect(await seriousViolations(options)).toEqual([]);

      const base = options.url().replace(/options\.html.*$/, 'pause.html');
      const pause = await options.context().newPage();
      await pause.goto(`${base}?site=social.test&url=http%3A%2F%2Fsocial.test%2F&used=60000`);
      await expect(pause.getByRole('button', { name: 'Log off' })).toBeVisible();
      expect(await seriousViolations(pause)).toEqual([]);
      await pause.goto(base);
      await expect(pause.getByRole('heading', { name: 'A mindful minute' })).toBeVisible();
      expect(await seriousViolations(pause)).toEqual([]);

      // The theme follows the system, and the page background is painted from CSS.
      const background = await newtab.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(27, 29, 28)' : 'rgb(250, 247, 242)');
    });
  });
}

test('the pause breathes without motion when motion is reduced', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${extensionId}/pause.html`);
  await expect(page.getByText('Take one slow breath in, and let it out.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip the breathing' })).toBeHidden();
  const animation = await page
    .locator('.breath-circle')
    .evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(page.getByRole('button', { name: 'Skip the breathing' })).toBeVisible();
  expect(
    await page.locator('.breath-circle').evaluate((el) => getComputedStyle(el).animationName),
  ).toBe('breathe');
});

// Chromium gives extension pages a body font of its own at 75% (12 px), which
// made a win's text smaller than the hints around it; Firefox gives none.
test('every page writes in its own font at the size the browser is set to', async ({
  context,
  extensionId,
}) => {
  // Every shipped entrypoint that is a page, so a new page is held too.
  const pages = SHIPPED_ENTRYPOINTS.map((name) => `${name}.html`).filter((path) =>
    existsSync(join(EXTENSION_DIR, path)),
  );
  expect(pages).toHaveLength(9);
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    const font = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const rootSize = getComputedStyle(document.documentElement).fontSize;
      return { size: body.fontSize, rootSize, family: body.fontFamily };
    });
    expect({ path, ...font }).toEqual({
      path,
      size: font.rootSize,
      rootSize: '16px',
      family: expect.stringMatching(/^system-ui\b/),
    });
  }
});
