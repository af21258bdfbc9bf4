// The first ten minutes, in Chromium: the welcome page opens with a question
// whose field saves a real win (then on the new tab like any other), says
// where to pin the button in this browser's words, and offers a first site
// without needing one. Once the first site is limited, on the welcome page
// or the options page, one line offers the heads-up's notification.
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { NewTabPage } from './pages/newtab';
import { setting } from './pages/nudge';
import { OptionsPage } from './pages/options';
import { WelcomePage } from './pages/welcome';

test.use({ keepWelcome: true });

const OFFER = /heads-up before a pause stays out of sight/;

test("the welcome page's first question saves a real win, kindly, and the new tab shows it", async ({
  context,
  openNewTab,
}) => {
  const { page } = (await WelcomePage.find(context)) as WelcomePage;
  const field = page.getByRole('textbox', { name: "What's one small thing you did today?" });
  await expect(field).toBeFocused();
  await field.fill('Watered the plants');
  await field.press('Enter');
  await expect(
    page.getByText("That counts, and it's kept. You'll find it on your new tab."),
  ).toBeVisible();
  await expect(field).toHaveValue('');
  expect(await seriousViolations(page)).toEqual([]);
  const newtab = new NewTabPage(await openNewTab());
  await expect(newtab.todayTexts).toHaveText(['Watered the plants']);
});

test('the welcome page says where to pin the button in Chromium, and the shortcut', async ({
  context,
}) => {
  const { page } = (await WelcomePage.find(context)) as WelcomePage;
  const reach = page.getByRole('region', { name: 'Always within reach' });
  await expect(reach).toContainText('the puzzle piece');
  await expect(reach).not.toContainText('Pin to Toolbar');
  await expect(reach).toContainText('Alt+Shift+K');
});

test('a first site is only offered: a win is saved and the page left with no site and nothing asked', async ({
  context,
}) => {
  const { page } = (await WelcomePage.find(context)) as WelcomePage;
  await expect(
    page.getByRole('heading', { name: 'A first site to limit (optional)' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Site' })).toHaveValue('');
  const field = page.getByRole('textbox', { name: "What's one small thing you did today?" });
  await field.fill('Read one page');
  await field.press('Enter');
  await expect(page.getByText(/That counts/)).toBeVisible();
  // Nothing stored is the defaults: no site.
  expect((await setting(page, 'sites')) ?? []).toEqual([]);
  await expect(page.getByText(OFFER)).toHaveCount(0);
});

test('the first site limited on the welcome page offers the notification once, and the button turns it on', async ({
  context,
}) => {
  const { page } = (await WelcomePage.find(context)) as WelcomePage;
  expect(await setting(page, 'headsUpNotify')).not.toBe(true);
  await page.getByRole('textbox', { name: 'Site' }).fill('social.test');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText(OFFER)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Notify me gently' }).click();
  await expect(page.getByText('A gentle notification will come with the heads-up.')).toBeVisible();
  await expect.poll(() => setting(page, 'headsUpNotify')).toBe(true);
  await expect(page.getByRole('button', { name: 'Notify me gently' })).toHaveCount(0);
});

test('the first site limited on the options page offers the notification, and a second site does not', async ({
  openOptions,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.limitSite('social.test', 10);
  await expect(options.page.getByText(OFFER)).toBeVisible();
  await expect(options.page.getByRole('button', { name: 'Notify me gently' })).toBeVisible();
  // Not taken up: it asks nothing, and the heads-up stays on the badge.
  expect(await setting(options.page, 'headsUpNotify')).toBe(false);

  await options.page.reload();
  await options.limitSite('news.test', 10);
  await expect(options.page.getByText(OFFER)).toHaveCount(0);
});
