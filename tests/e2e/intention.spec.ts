// "What are you here for?" against the built extension and the fake *.test
// sites: off by default; turned on, the intention page comes before the
// site (whose server never hears of the visit first), the site then opens at
// the address the person was going to, time on the page is not counted, the
// log-off win carries the intention and the evening recap shows it.
import { minutes } from '../../scripts/lib/test-minute';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { askIntention, IntentionPage, visit } from './pages/intention';
import { OptionsPage } from './pages/options';
import { expectPausedOnTime, SiteTab } from './pages/pause';

test('off by default: a limited site opens as it is, with no intention page', async ({
  context,
  sites,
  limitAndVisit,
}) => {
  const { options, site } = await limitAndVisit('social.test', 5, 'http://social.test/feed');
  await expect(site.page).toHaveURL('http://social.test/feed');
  expect(sites.requests).toContain('social.test/feed');
  await expect(
    options.getByRole('checkbox', { name: "Ask what I'm here for before social.test" }),
  ).not.toBeChecked();
  const again = await SiteTab.open(context, 'http://social.test/again');
  await expect(again.page).toHaveURL('http://social.test/again');
});

test('the intention page comes first, the site opens where the person was going, the time there is not counted, and Log off carries it', async ({
  context,
  sites,
  openOptions,
  openNewTab,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 1);
  await askIntention(options, 'social.test');
  // Evening from the start, so the recap shows what the person came for.
  await new OptionsPage(options).makeEveningAndReviewDay();

  const address = 'http://social.test/feed?thread=7&from=mail';
  const page = await context.newPage();
  await visit(page, address);
  const intention = new IntentionPage(page);
  await intention.waitFor(address);
  await expect(page.getByText('its budget is 1 minute a day')).toBeVisible();
  await expect(page.getByText('One line, up to 140 characters.')).toBeVisible();
  // The site's server never heard of the visit.
  expect(sites.requests.filter((r) => r.startsWith('social.test'))).toEqual([]);

  // Nothing, or more than a line holds, is refused with the text kept.
  await intention.continue.click();
  await expect(page.getByRole('alert')).toHaveText('Type a few words, or choose Skip.');
  const long = 'x'.repeat(141);
  await intention.field('social.test').fill(long);
  await intention.continue.click();
  await expect(page.getByRole('alert')).toContainText("That's 141 characters");
  await expect(intention.field('social.test')).toHaveValue(long);

  // Time on the page is not counted: more than the budget here, then the
  // full minute on the site.
  await intention.field('social.test').fill('  reply to Sam  ');
  await page.waitForTimeout(minutes(1.5));
  await intention.continue.click();
  await page.waitForURL(address);
  const opened = Date.now();
  expect(sites.requests).toEqual(['social.test/feed?thread=7&from=mail']);

  const site = SiteTab.of(page);
  const elapsed = (await site.waitForPause(minutes(1) + 15_000)) - opened;
  test.info().annotations.push({ type: 'pause after ms', description: String(elapsed) });
  await expectPausedOnTime(context, 'social.test', minutes(1), elapsed);

  await Promise.all([page.waitForEvent('close'), site.logOff.click()]);
  const newtab = await openNewTab();
  await expect(newtab.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveText([
    /Logged off social\.test after 1 min — came to reply to Sam\s*Logged off/,
  ]);
  const recap = newtab.getByRole('region', { name: 'Three things that went well today' });
  await expect(recap.getByRole('list', { name: 'What you came for today' })).toHaveText(
    'social.test: reply to Sam',
  );
});

test('Skip opens the site too; a later visit that day goes straight in; after a pause the way back asks again', async ({
  context,
  sites,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('news.test', 1);
  await options.getByLabel(/more minutes/).selectOption('1');
  await askIntention(options, 'news.test');

  const page = await context.newPage();
  await visit(page, 'http://news.test/story');
  const intention = new IntentionPage(page);
  await intention.waitFor('http://news.test/story');
  await intention.skip.click();
  await page.waitForURL('http://news.test/story');

  // Passed today: another tab opens the site at once.
  const later = await SiteTab.open(context, 'http://m.news.test/other');
  await expect(later.page).toHaveURL('http://m.news.test/other');
  await later.page.close();
  await page.bringToFront();

  const site = SiteTab.of(page);
  await site.waitForPause(minutes(1) + 15_000);
  sites.requests.length = 0;
  await site.moreMinutes(1).click();
  await intention.waitFor('http://news.test/story');
  expect(sites.requests).toEqual([]);
  await intention.field('news.test').fill('the weather');
  await intention.continue.click();
  await page.waitForURL('http://news.test/story');
});

test('the intention page opens only a limited site, never another address', async ({
  extensionId,
  openOptions,
  context,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 5);
  const page = await context.newPage();
  for (const target of [
    'javascript:alert(1)',
    `chrome-extension://${extensionId}/options.html`,
    'http://calm.test/',
    'file:///etc/passwd',
  ]) {
    await page.goto(`chrome-extension://${extensionId}/intention.html#${target}`);
    await expect(page.getByText('This page only opens the sites you limit')).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });
    test('the intention page has no serious accessibility findings', async ({
      extensionId,
      openOptions,
      context,
    }) => {
      const options = await openOptions();
      await new OptionsPage(options).limitSite('social.test', 5);
      await askIntention(options, 'social.test');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/intention.html#http://social.test/`);
      const intention = new IntentionPage(page);
      await expect(intention.field('social.test')).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
      await intention.continue.click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
