// The pages in a pseudo locale (every message longer, accented, marked ⟦…⟧
// and right to left; see scripts/lib/pseudo-locale.ts), built into a copy of
// the test build at test time. A string without the marks is hard-coded; a
// label narrower than its words clips them; anything past the page's edges
// is a layout the longer, mirrored words broke.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import {
  EXTENSION_DIR,
  extensionIdOf,
  launchWithExtension,
  newProfileDir,
} from '../../scripts/lib/chromium';
import { watchNetwork } from '../../scripts/lib/network';
import { PSEUDO_AS, pseudoBuild, pseudoMessages } from '../../scripts/lib/pseudo-locale';
import { type Sites, serveSites } from '../../scripts/lib/sites';
import { minutes } from '../../scripts/lib/test-minute';
import { WelcomePage } from './pages/welcome';
import { fromMessages, loadMessages, say, visibleStrings } from './words';

const test = base.extend<{ sites: Sites; context: BrowserContext }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  sites: async ({}, use) => {
    const sites = await serveSites();
    await use(sites);
    await sites.close();
  },
  context: async ({ sites }, use) => {
    const extensionDir = pseudoBuild(EXTENSION_DIR);
    const profileDir = newProfileDir();
    const outside: string[] = [];
    const errors: string[] = [];
    const context = await launchWithExtension({
      profileDir,
      sitesPort: sites.port,
      language: PSEUDO_AS,
      extensionDir,
    });
    watchNetwork(context, outside);
    context.on('weberror', (error) => errors.push(String(error.error())));
    await use(context);
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(dirname(extensionDir), { recursive: true, force: true });
    expect(outside, 'requests that left the device').toEqual([]);
    expect(errors, 'uncaught errors in pages').toEqual([]);
  },
});

const SITE = 'news.test';
const WIN = 'Drank a glass of water';

/** Words clipped by their own box, and anything reaching past the page's edges. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, label, h1, h2, h3, a, summary, legend, th, select, [role="status"]',
    )) {
      if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline') continue;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2)
        out.push(`clipped: ${name(el)}`);
    }
    const width = document.documentElement.clientWidth;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > width + 1 || r.left < -1))
        out.push(`past the edge: ${name(el)}`);
    }
    if (document.documentElement.scrollWidth > width + 1) out.push('the page scrolls sideways');
    return out;
  });
}

test('every page speaks only its messages, with no clipped label and no broken layout, in a long right-to-left pseudo locale', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const pseudo = pseudoMessages(loadMessages('en'));
  const welcome = (await WelcomePage.find(context))?.page;
  expect(welcome, 'the welcome page').toBeDefined();
  const base = `chrome-extension://${await extensionIdOf(context)}`;
  const open = async (path: string, width = 1280) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${base}/${path}`);
    await expect(page.locator('#app > *').first()).toBeVisible();
    return page;
  };

  const options = await open('options.html');
  await options.getByRole('textbox', { name: say(pseudo, 'siteLabel') }).fill(SITE);
  await options
    .getByRole('spinbutton', { name: say(pseudo, 'minutesLabel'), exact: true })
    .fill('30');
  await options.getByRole('button', { name: say(pseudo, 'addSite'), exact: true }).click();
  await expect(options.getByText(SITE, { exact: true })).toBeVisible();
  // The toolbar popup at its own width.
  const popup = await open('popup.html', 360);
  await popup.getByRole('textbox', { name: say(pseudo, 'winFieldLabel') }).fill(WIN);
  await popup.keyboard.press('Enter');
  await expect(popup.getByText(WIN, { exact: true })).toBeVisible();

  const pages: Record<string, Page> = {
    popup,
    newtab: await open('newtab.html'),
    lookBack: await open('lookback.html'),
    options,
    pause: await open(
      `pause.html?${new URLSearchParams({ site: SITE, url: `http://${SITE}/`, used: String(minutes(30)) })}`,
    ),
    welcome: welcome as Page,
    wrapUp: await open(`review.html?year=${new Date().getFullYear()}`),
    share: await open('share.html'),
  };
  const data = [WIN, SITE, `http://${SITE}/`];
  for (const [name, page] of Object.entries(pages)) {
    await page.bringToFront();
    await expect(page.locator('html'), name).toHaveAttribute('dir', 'rtl');
    const hardCoded = (await visibleStrings(page))
      .map((s) => s.replace(/[\u2068\u2069]/g, ''))
      .filter(
        (s) =>
          !data.some((d) => s === d) &&
          // Numbers, dates and times come from Intl in Arabic: digits, Arabic letters, punctuation.
          !/^[\p{Nd}\p{P}\p{Zs}\p{Script=Arabic}·%/–+-]*$/u.test(s) &&
          !fromMessages(pseudo, s),
      );
    expect(hardCoded, `${name}: strings that are not messages`).toEqual([]);
    expect(await layoutProblems(page), `${name}: layout`).toEqual([]);
  }
});
