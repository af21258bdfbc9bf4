// In Firefox ESR: a redirect may only lead to a web-accessible page, so the
// intention page is listed (Firefox gives each install its own random
// address, which no site can guess). Nothing else of the add-on can be
// loaded by a web page, the intention page comes before a limited site that a
// link on another site leads to, and the site opened after it is not told
// the add-on's address.
import type { Page } from 'puppeteer-core';
import { ORIGIN } from '../../scripts/lib/firefox';
import { expect, test } from './fixtures';
import { Intention, waitForIntention } from './pages/intention';
import { Options } from './pages/options';
import { waitForSite, withWhatShowed } from './pages/pause';

/** What a page gets when it fetches `url` and loads it as a script. */
function tryToLoad(page: Page, url: string) {
  return page.evaluate(async (target) => {
    const fetched = await fetch(target).then(
      (r) => `loaded ${r.status}`,
      () => 'refused',
    );
    const script = await new Promise<string>((done) => {
      const el = Object.assign(document.createElement('script'), { src: target });
      el.onload = () => done('loaded');
      el.onerror = () => done('refused');
      document.body.append(el);
    });
    return { fetched, script };
  }, url);
}

test('a link on another site leads to the intention page first, the site is not told the add-on address, and no other file can be loaded', async ({
  ff,
  sites,
}) => {
  const options = await Options.open(ff);
  await options.limitSite('social.test', 5);
  await options.askIntention('social.test');

  const page = await ff.openSite('http://calm.test/');
  for (const path of [
    'pause.html',
    'options.html',
    'popup.html',
    'manifest.json',
    'icon/128.png',
  ]) {
    expect(await tryToLoad(page, `${ORIGIN}/${path}`), path).toEqual({
      fetched: 'refused',
      script: 'refused',
    });
  }

  const url = 'http://social.test/linked?from=calm';
  await page.evaluate((href) => {
    const link = Object.assign(document.createElement('a'), { href, id: 'to-social' });
    link.textContent = 'A link to social.test';
    document.body.append(link);
  }, url);
  await page.click('#to-social');
  await waitForIntention(ff, url, 10_000).catch(withWhatShowed(ff, page));
  expect(sites.requests.filter((r) => r.startsWith('social.test'))).toEqual([]);
  await new Intention(page).click('Skip');
  await waitForSite(ff, url, 15_000).catch(withWhatShowed(ff, page));
  expect(sites.requests.filter((r) => r.startsWith('social.test'))).toEqual([
    'social.test/linked?from=calm',
  ]);
  expect(await page.evaluate(() => document.referrer)).toBe('');
});
