// In Firefox ESR with its Arabic language pack and Arabic asked for
// (intl.locale.requested): the pages speak Arabic, read right to left in
// <html lang="ar" dir="rtl">, mirror, and count wins in Arabic's own forms.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { byRole, find, paste } from './pages/common';
import { LookBack } from './pages/lookback';

type Messages = Record<string, { message: string }>;
const ar: Messages = JSON.parse(readFileSync('public/_locales/ar/messages.json', 'utf8'));

test('with Arabic asked for, the popup and the new tab speak Arabic, right to left and mirrored', async ({
  launch,
}) => {
  const ff = await launch({ prefs: { 'intl.locale.requested': 'ar' } });
  const page = await ff.openExt('popup.html');
  const field = await find(page, byRole('textbox', ar.winFieldLabel?.message ?? ''));
  const html = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    ui: (
      globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }
    ).browser.i18n.getUILanguage(),
    direction: getComputedStyle(document.body).direction,
    label: document.querySelector('label')?.textContent?.trim(),
  }));
  expect(html).toEqual({
    lang: expect.stringMatching(/^ar\b/),
    dir: 'rtl',
    ui: expect.stringMatching(/^ar\b/),
    direction: 'rtl',
    label: ar.winFieldLabel?.message,
  });
  // Mirrored: the save button sits to the left of the field it follows.
  const [box, save] = await page.evaluate(() =>
    ['input[type="text"]', 'button[type="submit"]'].map((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right } : undefined;
    }),
  );
  expect(save && box && save.right <= box.left + 1).toBe(true);

  // Two wins today: Arabic's "two" form, not a plural of "other".
  for (const win of ['شربت كوب ماء', 'رتّبت مكتبي']) {
    await paste(field, win);
    await field.press('Enter');
    await expect.poll(() => field.evaluate((el) => (el as HTMLInputElement).value)).toBe('');
  }
  const newtab = await LookBack.open(ff);
  const two = (ar.yearDay_two?.message ?? '').split('$DATE$')[0] ?? '';
  expect(two.length).toBeGreaterThan(0);
  await expect
    .poll(() =>
      newtab.page.evaluate(
        () =>
          document.querySelector('[role="gridcell"][tabindex="0"]')?.getAttribute('aria-label') ??
          '',
      ),
    )
    .toMatch(new RegExp(`^${two}`));
});
