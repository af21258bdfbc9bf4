// With the browser's language set to German, Japanese or Arabic, every page
// (popup, new tab, Look back, pause, options, welcome, wrap-up) speaks that language,
// says so in <html lang dir>, and passes axe; an Arabic page is mirrored, and
// Arabic counts take their six forms on a real screen (the year grid's days
// with 0, 1, 2, 3, 11 and 100 wins).
import type { Page } from '@playwright/test';
import { minutes } from '../../scripts/lib/test-minute';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { WelcomePage } from './pages/welcome';
import { fromMessages, loadMessages, type Messages, say, visibleStrings } from './words';

const LANGS = {
  de: { name: 'German', dir: 'ltr', win: 'Ein Glas Wasser getrunken' },
  ja: { name: 'Japanese', dir: 'ltr', win: '水を一杯飲んだ' },
  ar: { name: 'Arabic', dir: 'rtl', win: 'شربت كوب ماء' },
} as const;
const SITE = 'news.test';
const COUNTS = [0, 1, 2, 3, 11, 100];

/** Wins on the days before today: COUNTS[i] wins i + 1 days ago, and one today. */
async function seedWins(page: Page, text: string): Promise<void> {
  await page.evaluate(
    ({ text, counts }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('small-wins');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('wins', 'readwrite');
          const store = tx.objectStore('wins');
          const pad = (n: number) => String(n).padStart(2, '0');
          const key = (d: Date) =>
            `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
          const now = new Date();
          const put = (back: number, i: number) => {
            const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 9, 0, i);
            store.put({
              id: `w-${back}-${i}`,
              text,
              day: key(d),
              at: d.getTime(),
              kind: 'win',
              tags: [],
            });
          };
          counts.forEach((n, i) => {
            for (let k = 0; k < n; k++) put(i + 1, k);
          });
          put(0, 0);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { text, counts: COUNTS },
  );
}

/** Every date and time the pages may write, in the language: the person's data, not words. */
function calendar(page: Page, lang: string): Promise<string[]> {
  return page.evaluate((locale) => {
    const out = new Set<string>();
    const options: Intl.DateTimeFormatOptions[] = [
      { weekday: 'long', day: 'numeric', month: 'long' },
      { day: 'numeric', month: 'long', year: 'numeric' },
      { day: 'numeric', month: 'long' },
      { weekday: 'short' },
      { weekday: 'long' },
      { month: 'short' },
      { month: 'long' },
      { month: 'long', year: 'numeric' },
    ];
    const formats = options.map((o) => new Intl.DateTimeFormat(locale, o));
    const now = new Date();
    for (let back = -7; back < 400; back++) {
      const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12);
      for (const f of formats) out.add(f.format(d));
    }
    const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    for (let m = 0; m < 24 * 60; m++) out.add(clock.format(new Date(2026, 0, 1, 0, m)));
    return [...out];
  }, lang);
}

async function strangeStrings(page: Page, messages: Messages, data: Set<string>) {
  const clean = (s: string) => s.replace(/[\u2068\u2069]/g, '');
  return (await visibleStrings(page)).filter((raw) => {
    const s = clean(raw);
    if (data.has(s) || /^[\p{Nd}\p{P}\p{Zs}·%/–+-]*$/u.test(s)) return false;
    return !fromMessages(messages, s) && !fromMessages(messages, raw);
  });
}

for (const [lang, info] of Object.entries(LANGS)) {
  test.describe(`with the browser's language set to ${lang}`, () => {
    test.use({ language: lang, keepWelcome: true });

    test(`every page speaks ${info.name}, says so in <html lang dir>, and passes axe`, async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(240_000); // seven pages, each audited
      const messages = loadMessages(lang);
      const base = `chrome-extension://${extensionId}`;
      const welcome = (await WelcomePage.find(context))?.page;
      expect(welcome, 'the welcome page a first install opens').toBeDefined();

      const options = await context.newPage();
      await options.goto(`${base}/options.html`);
      await options.getByRole('textbox', { name: say(messages, 'siteLabel') }).fill(SITE);
      await options
        .getByRole('spinbutton', { name: say(messages, 'minutesLabel'), exact: true })
        .fill('30');
      await options.getByRole('button', { name: say(messages, 'addSite'), exact: true }).click();
      await expect(options.getByText(SITE, { exact: true })).toBeVisible();
      await seedWins(options, info.win);
      await options.reload();

      const open = async (path: string) => {
        const page = await context.newPage();
        await page.goto(`${base}/${path}`);
        await expect(page.locator('#app > *').first()).toBeVisible();
        return page;
      };
      const newtab = await open('newtab.html');
      const lookBack = await open('lookback.html');
      const pages: Record<string, Page> = {
        popup: await open('popup.html'),
        newtab,
        lookBack,
        pause: await open(
          `pause.html?${new URLSearchParams({ site: SITE, url: `http://${SITE}/`, used: String(minutes(30)) })}`,
        ),
        options,
        welcome: welcome as Page,
        wrapUp: await open(`review.html?year=${new Date().getFullYear()}`),
      };
      await expect(newtab.locator('nav.ways')).toBeVisible();
      await expect(lookBack.getByRole('gridcell').first()).toBeVisible();
      const data = new Set([info.win, SITE, `http://${SITE}/`, ...(await calendar(options, lang))]);

      for (const [name, page] of Object.entries(pages)) {
        await page.bringToFront();
        const html = page.locator('html');
        await expect(html, name).toHaveAttribute('lang', new RegExp(`^${lang}\\b`));
        await expect(html, name).toHaveAttribute('dir', info.dir);
        expect(await strangeStrings(page, messages, data), `${name}: not from ${lang}`).toEqual([]);
        expect(await seriousViolations(page), `${name}: axe`).toEqual([]);
      }
    });
  });
}

test.describe('in Arabic', () => {
  test.use({ language: 'ar' });

  test('a page is mirrored, its weeks start on Saturday, and the year grid counts 0, 1, 2, 3, 11 and 100 wins in their own forms', async ({
    context,
    extensionId,
  }) => {
    const messages = loadMessages('ar');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/newtab.html`);
    await seedWins(page, LANGS.ar.win);
    await page.reload();

    // Mirrored: the page reads right to left, the field starts on the right
    // and its button follows it to the left.
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    const field = await page.getByRole('textbox').first().boundingBox();
    const save = await page
      .getByRole('button', { name: say(messages, 'saveButton') })
      .first()
      .boundingBox();
    expect(field && save && save.x + save.width <= field.x + 1).toBe(true);

    // Arabic's week (as Egypt's, the language's likely region) starts on Saturday: the grid's
    // first row, on the Look back page.
    await page.goto(`chrome-extension://${extensionId}/lookback.html`);
    const saturday = await page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language, { weekday: 'long' }).format(new Date(2026, 0, 3)),
    );
    await expect(
      page.getByRole('grid').getByRole('row').first().getByRole('gridcell').first(),
    ).toHaveAccessibleName(new RegExp(saturday));

    const forms = ['zero', 'one', 'two', 'few', 'many', 'other'];
    for (const [i, count] of COUNTS.entries()) {
      const expected = await page.evaluate(
        ({ back, count }) => {
          const now = new Date();
          const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12);
          const date = new Intl.DateTimeFormat(navigator.language, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
          }).format(d);
          return { date, count: new Intl.NumberFormat(navigator.language).format(count) };
        },
        { back: i + 1, count },
      );
      const label = say(
        messages,
        `yearDay_${forms[i]}`,
        expected.count,
        `\u2068${expected.date}\u2069`,
      );
      await expect(page.getByRole('gridcell', { name: label, exact: true })).toHaveCount(1);
    }
  });
});
