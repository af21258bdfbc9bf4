// The browser's language decides the extension's: with the desktop set to
// Spanish every page (popup, new tab, options, pause) speaks Spanish, says
// so in <html lang>, and writes dates and times the Spanish way; set to
// English, all of it is English. Every visible string on each page must come
// from that language's messages.json (or be the person's own data), so a
// hard-coded English string or a missing translation fails here.
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { minutes } from '../../scripts/lib/test-minute';
import { loadMessages, type Messages, say, visibleStrings } from '../e2e/words';
import { expect, extensionWorker, test } from './fixtures';

declare const chrome: typeof browser;

/** Whole-text patterns for each message, its placeholders standing for anything. */
function patterns(messages: Messages): RegExp[] {
  return Object.values(messages).map(({ message }) => {
    const parts = message.split(/\$[A-Z_]+\$/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('.+?')}$`, 's');
  });
}

/** Dates, weekday and month names as the browser writes them in a language. */
function calendarWords(page: Page, lang: string): Promise<string[]> {
  return page.evaluate((locale) => {
    const words = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const d = new Date(2026, i, 1 + i);
      for (const month of ['long', 'short'] as const) {
        for (const part of new Intl.DateTimeFormat(locale, { month }).format(d).split(/\s+/))
          words.add(part.toLowerCase());
      }
    }
    // Every weekday (2026-01-04 is a Sunday), as the day pickers name them.
    for (let i = 0; i < 7; i++) {
      const d = new Date(2026, 0, 4 + i);
      for (const weekday of ['long', 'short', 'narrow'] as const) {
        words.add(new Intl.DateTimeFormat(locale, { weekday }).format(d).toLowerCase());
      }
    }
    return [...words];
  }, lang);
}

const WIN = { es: 'Bebí un vaso de agua', en: 'Drank a glass of water' } as const;

for (const lang of ['es', 'en'] as const) {
  test.describe(`with the desktop language set to ${lang}`, () => {
    test.use({ language: lang });

    test(`every page speaks ${lang === 'es' ? 'Spanish' : 'English'}, with dates and times in that language`, async ({
      context,
      openPage,
    }) => {
      const messages = loadMessages(lang);
      const known = patterns(messages);
      const worker = await extensionWorker(context);
      expect(await worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(
        new RegExp(`^${lang}\\b`),
      );

      // Something to show: a limited site and a win.
      const options = await openPage('options.html');
      await options.getByRole('textbox', { name: say(messages, 'siteLabel') }).fill('news.test');
      await options
        .getByRole('spinbutton', { name: say(messages, 'minutesLabel'), exact: true })
        .fill('30');
      await options.getByRole('button', { name: say(messages, 'addSite'), exact: true }).click();
      await expect(options.getByRole('status').first()).toHaveText(
        say(messages, 'siteAdded', 'news.test', say(messages, 'minutes_other', '30')),
      );
      const popup = await openPage('popup.html');
      await popup.getByRole('textbox', { name: say(messages, 'winFieldLabel') }).fill(WIN[lang]);
      await popup.keyboard.press('Enter');
      await expect(popup.getByRole('listitem').filter({ hasText: WIN[lang] })).toBeVisible();

      const newtab = await openPage('newtab.html');
      await expect(newtab.getByRole('listitem').filter({ hasText: WIN[lang] })).toBeVisible();
      const pause = await openPage(
        `pause.html?${new URLSearchParams({ site: 'news.test', url: 'http://news.test/', used: String(minutes(30)) })}`,
      );
      await expect(
        pause.getByText(
          say(messages, 'pauseSpent', say(messages, 'minutes_other', '30'), 'news.test'),
        ),
      ).toBeVisible();
      await options.reload();
      await expect(options.getByText('news.test', { exact: true })).toBeVisible();

      // Dates and times are written in the UI language, not a default one.
      const today = await newtab.evaluate(
        (locale) =>
          new Intl.DateTimeFormat(locale, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
          }).format(new Date()),
        lang,
      );
      await expect(newtab.locator('.date')).toHaveText(today);
      const time = newtab.locator('time').first();
      const at = await time.getAttribute('datetime');
      const clock = await newtab.evaluate(
        ({ locale, iso }) =>
          new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
            new Date(iso ?? ''),
          ),
        { locale: lang, iso: at },
      );
      await expect(time).toHaveText(clock);

      const calendar = new Set(await calendarWords(newtab, lang));
      const data = [WIN[lang], 'news.test', 'http://news.test/', today, clock];
      const isData = (s: string) =>
        data.includes(s) ||
        /^[\d\s.,:·%/–-]*$/.test(s) ||
        s
          .toLowerCase()
          .split(/[\s,.]+/)
          .filter(Boolean)
          .every((w) => calendar.has(w) || /^\d+$/.test(w) || w === 'de');
      for (const [name, page] of Object.entries({ popup, newtab, options, pause })) {
        await page.bringToFront();
        expect(await page.evaluate(() => document.documentElement.lang), name).toMatch(
          new RegExp(`^${lang}\\b`),
        );
        const strange = (await visibleStrings(page)).filter(
          (s) => !isData(s) && !known.some((p) => p.test(s)) && !literalPiece(messages, s),
        );
        expect(strange, `${name}: strings not from ${lang}/messages.json`).toEqual([]);
      }
    });
  });
}

/** A piece of a message that the page splits across elements. */
function literalPiece(messages: Messages, s: string): boolean {
  return Object.values(messages).some(({ message }) =>
    message.split(/\$[A-Z_]+\$/).some((part) => part.includes(s)),
  );
}
