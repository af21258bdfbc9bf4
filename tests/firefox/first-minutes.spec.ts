// The first ten minutes, in Firefox ESR: the welcome page's first question
// saves a real win that the new tab then shows, the pin hint speaks of
// Firefox's own "Pin to Toolbar", a first site is only offered, the first
// limited site offers the heads-up's notification (Firefox asks for it as the
// shipped build does; the test profile grants what is asked), and the popup
// keeps to one screen with twelve wins today.
import { expect, test } from './fixtures';
import { byRole, find, texts } from './pages/common';
import { NewTab } from './pages/newtab';
import { setting } from './pages/nudge';
import { Popup } from './pages/popup';
import { Welcome } from './pages/welcome';

const QUESTION = "What's one small thing you did today?";

test("the welcome page's first question saves a real win, kindly, and the new tab shows it", async ({
  ff,
}) => {
  const welcome = await Welcome.open(ff);
  const field = await find(welcome.page, byRole('textbox', QUESTION));
  await field.type('Watered the plants');
  await field.press('Enter');
  await expect
    .poll(() => texts(welcome.page, '.welcome-thanks'))
    .toEqual(["That counts, and it's kept. You'll find it on your new tab."]);
  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.todayWins()).toEqual(['Watered the plants']);
});

test('the welcome page says where to pin the button in Firefox, and a first site is only offered', async ({
  ff,
}) => {
  const welcome = await Welcome.open(ff);
  const hint = await find(welcome.page, '.pin-hint');
  const words = await hint.evaluate((el) => el.textContent ?? '');
  expect(words).toContain('"Pin to Toolbar"');
  await find(welcome.page, byRole('heading', 'A first site to limit (optional)'));
  const field = await find(welcome.page, byRole('textbox', QUESTION));
  await field.type('Read one page');
  await field.press('Enter');
  await expect.poll(() => texts(welcome.page, '.welcome-thanks')).toHaveLength(1);
  expect((await setting(welcome.page, 'sites')) ?? []).toEqual([]);
  expect(await texts(welcome.page, '.notify-offer')).toEqual([]);
});

test('the first site limited on the welcome page offers the notification, and the button turns it on', async ({
  ff,
}) => {
  const welcome = await Welcome.open(ff);
  await (await find(welcome.page, byRole('textbox', 'Site'))).type('social.test');
  await (await find(welcome.page, byRole('button', 'Add'))).click();
  await find(welcome.page, byRole('button', 'Notify me gently'));
  expect(await setting(welcome.page, 'headsUpNotify')).not.toBe(true);
  await (await find(welcome.page, byRole('button', 'Notify me gently'))).click();
  await expect.poll(() => setting(welcome.page, 'headsUpNotify')).toBe(true);
  await expect
    .poll(() => texts(welcome.page, '.notify-offer'))
    .toEqual(['A gentle notification will come with the heads-up.']);
});

test('with twelve wins today the popup stays one screen, Settings in view, the rest a link away', async ({
  ff,
}) => {
  const popup = await Popup.open(ff);
  await popup.page.setViewport({ width: 360, height: 600 });
  for (let i = 1; i <= 12; i++) {
    await popup.pasteWin(`Small thing number ${i}`);
    await expect.poll(() => popup.todayWins().then((w) => w[0])).toBe(`Small thing number ${i}`);
  }
  await expect
    .poll(() => popup.todayWins())
    .toEqual(['Small thing number 12', 'Small thing number 11', 'Small thing number 10']);
  await expect.poll(() => texts(popup.page, '.more a')).toEqual(['+ 9 more today']);
  await find(popup.page, 'fieldset.chips button');
  const size = await popup.page.evaluate(() => {
    const settings = document.querySelector('nav.links a[href="/options.html"]');
    return {
      height: Math.ceil(
        (document.querySelector('#app main')?.getBoundingClientRect().bottom ?? 0) + scrollY,
      ),
      scrolled: document.documentElement.scrollHeight > innerHeight,
      settingsBottom: settings?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
      scrollers: [...document.querySelectorAll('#app *')]
        .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY))
        .filter((el) => el.scrollHeight > el.clientHeight).length,
    };
  });
  test.info().annotations.push({ type: 'popup height', description: `${size.height}px` });
  expect(size.height).toBeLessThanOrEqual(600);
  expect(size.scrolled).toBe(false);
  expect(size.settingsBottom).toBeLessThanOrEqual(600);
  expect(size.scrollers).toBe(0);
});
