// No website can tell that Small Wins is installed: Chromium's build lists no
// web-accessible page, so a page on a site the person has not limited can
// load none of the extension's files by any means. The intention page still
// comes before a limited site that asks for it, also when a link on another
// site leads there (Chromium refuses that redirect; the worker opens the
// page itself), and the site is not told the extension's address after it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { askIntention, IntentionPage } from './pages/intention';
import { OptionsPage } from './pages/options';

/** What a page gets when it tries to load `url` in every way a page can. */
function tryToLoad(page: Page, url: string) {
  return page.evaluate(async (target) => {
    const element = (make: () => HTMLElement & { onload: unknown; onerror: unknown }) =>
      new Promise<string>((done) => {
        const el = make();
        el.onload = () => done('loaded');
        el.onerror = () => done('refused');
        document.body.append(el);
      });
    const fetched = await fetch(target).then(
      (r) => `loaded ${r.status}`,
      () => 'refused',
    );
    const script = await element(() =>
      Object.assign(document.createElement('script'), { src: target }),
    );
    const image = await element(() =>
      Object.assign(document.createElement('img'), { src: target }),
    );
    const style = await element(() =>
      Object.assign(document.createElement('link'), { rel: 'stylesheet', href: target }),
    );
    return { fetched, script, image, style };
  }, url);
}

/** The addresses of the frames a page shows after it framed `url`. */
async function framesAfterFraming(page: Page, url: string) {
  await page.evaluate(
    (target) =>
      new Promise<void>((done) => {
        const frame = Object.assign(document.createElement('iframe'), { src: target });
        frame.onload = () => done();
        document.body.append(frame);
      }),
    url,
  );
  return page.frames().map((f) => f.url());
}

test('a page on a site the person has not limited cannot load any page or file of the extension', async ({
  context,
  extensionId,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 5);
  await askIntention(options, 'social.test');
  const page = await context.newPage();
  await page.goto('http://calm.test/');
  const refused = { fetched: 'refused', script: 'refused', image: 'refused', style: 'refused' };
  for (const path of [
    'intention.html',
    'intention.html#http://social.test/',
    'pause.html',
    'options.html',
    'popup.html',
    'newtab.html',
    'welcome.html',
    'manifest.json',
    'background.js',
    'icon/128.png',
    '_locales/en/messages.json',
  ]) {
    const url = `chrome-extension://${extensionId}/${path}`;
    expect(await tryToLoad(page, url), path).toEqual(refused);
    const frames = await framesAfterFraming(page, url);
    expect(
      frames.filter((f) => f.startsWith('chrome-extension:')),
      path,
    ).toEqual([]);
  }
});

test('the intention page comes before a limited site that a link on another site leads to, and the site is not told where the person came from', async ({
  context,
  sites,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 5);
  await askIntention(options, 'social.test');

  const page = await context.newPage();
  await page.bringToFront();
  await page.goto('http://calm.test/');
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), {
      href: 'http://social.test/linked?from=calm',
      textContent: 'A link to social.test',
    });
    document.body.append(link);
  });
  const clicked = Date.now();
  await page.getByRole('link', { name: 'A link to social.test' }).click();
  const intention = new IntentionPage(page);
  await intention.waitFor('http://social.test/linked?from=calm');
  test.info().annotations.push({
    type: 'intention page after ms',
    description: String(Date.now() - clicked),
  });
  expect(sites.requests.filter((r) => r.startsWith('social.test'))).toEqual([]);

  await intention.field('social.test').fill('read the thread');
  await intention.continue.click();
  await page.waitForURL('http://social.test/linked?from=calm');
  expect(sites.requests.filter((r) => r.startsWith('social.test'))).toEqual([
    'social.test/linked?from=calm',
  ]);
  expect(await page.evaluate(() => document.referrer)).toBe('');
});
