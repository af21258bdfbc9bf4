// No website can tell that Small Wins is installed, in Chromium and Firefox
// alike: a page on a site the person has not limited can load none of the
// extension's pages or files, by fetch, script, image or style sheet, nor
// (Chromium, which reports a page's frames) by a frame.
// Chromium's build lists no web-accessible page; Firefox's lists the
// intention page alone (a redirect may only lead to one there, and Firefox
// gives each install its own random address, which no site can guess). The
// intention page still comes before a limited site that a link on another
// site leads to (Chromium refuses that redirect and the worker opens the page
// itself), and the site opened after it, by Continue or by Skip, is not told
// where the person came from.
import { type App, expect, test } from './fixtures';
import {
  askIntention,
  framesAfterFraming,
  IntentionView,
  shows,
  tryToLoad,
} from './pages/intention';
import { OptionsView } from './pages/options';

const SITE = 'social.test';
const LINKED = 'http://social.test/linked?from=calm';
const REFUSED = { fetched: 'refused', script: 'refused', image: 'refused', style: 'refused' };
/** Every kind of file the extension holds; Firefox lists the intention page for any site. */
const FILES = [
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
];

/** The settings with social.test limited to 5 minutes, asking first. */
async function limitAndAsk(app: App): Promise<OptionsView> {
  const options = await OptionsView.open(app);
  await options.limitSite(SITE, 5);
  await askIntention(options, SITE);
  return options;
}

test('a page on a site the person has not limited cannot load any page or file of the extension', async ({
  app,
}) => {
  const options = await limitAndAsk(app);
  const origin = await options.tab.evaluate(() => location.origin, null);
  const page = await app.openSite('http://calm.test/');
  const files =
    app.engine === 'chromium' ? FILES : FILES.filter((path) => !path.startsWith('intention.html'));
  for (const path of files) {
    const url = `${origin}/${path}`;
    expect(await tryToLoad(page, url), path).toEqual(REFUSED);
    if (app.engine === 'chromium') {
      const frames = await framesAfterFraming(page, url);
      expect(
        frames.filter((f) => f.startsWith(origin)),
        path,
      ).toEqual([]);
    }
  }
});

for (const way of ['Continue', 'Skip'] as const) {
  test(`the intention page comes before a limited site that a link on another site leads to, and the site opened by ${way} is not told where the person came from`, async ({
    app,
  }) => {
    await limitAndAsk(app);
    const page = await app.openSite('http://calm.test/');
    await page.evaluate((href) => {
      const link = Object.assign(document.createElement('a'), { href, id: 'to-social' });
      link.textContent = 'A link to social.test';
      document.body.append(link);
    }, LINKED);
    const clicked = Date.now();
    await page.click('#to-social');
    const intention = await IntentionView.waitFor(page, LINKED);
    test.info().annotations.push({
      type: 'intention page after ms',
      description: String(Date.now() - clicked),
    });
    expect(app.siteRequests().filter((r) => r.startsWith(SITE))).toEqual([]);
    expect(await intention.heading()).toBe('What are you here for?');

    if (way === 'Continue') {
      expect(await intention.field()).toEqual({
        label: `What you came to ${SITE} for`,
        focused: true,
      });
      await intention.type('read the thread');
    }
    await intention.choose(way);
    await expect.poll(() => shows(page, LINKED), { message: LINKED }).toBe(true);
    expect(app.siteRequests().filter((r) => r.startsWith(SITE))).toEqual([
      'social.test/linked?from=calm',
    ]);
    expect(await page.evaluate(() => document.referrer, null)).toBe('');
  });
}
