// One popup page per language, built from the popup and _locales: the field,
// its label and the Save button are in the HTML itself, focused by
// `autofocus`, so the popup is on screen and typable as soon as its HTML is
// parsed, as a script-free page is, and not one file read later when
// first-paint.js has run (Manifest V3 allows no inline script). An HTML file
// gets no `__MSG_` substitution, so each language has its own file. The
// worker points the toolbar button at the file of the language
// `browser.i18n` uses (the `popupFile` message of that language, see
// entrypoints/background/popup-page.ts); `popup.html`, drawn by
// first-paint.js, stays the manifest's popup until then. The markup is the
// one first-paint.js and the app render (entrypoints/first-paint/markup.ts),
// which adopt it; tests/e2e/instant-popup.spec.ts fails if they drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The popup page of one language, as the `popupFile` message names it. */
export const popupFileOf = (locale: string) => `popup-${locale}.html`;

type Messages = Record<string, { message: string }>;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `locale` as an HTML language tag: es_419 → es-419. */
const langOf = (locale: string) => locale.replace(/_/g, '-');

const APP_ROOT = '<div id="app" data-page="popup"></div>';

/** The built popup with its field painted in `locale`'s words. */
export function staticPopup(html: string, locale: string, messages: Messages): string {
  const word = (key: string) => {
    const found = messages[key]?.message;
    if (!found) throw new Error(`_locales/${locale} has no "${key}" for the popup page`);
    return escapeHtml(found);
  };
  if (!html.includes(APP_ROOT) || !/<html lang="[^"]*">/.test(html) || !/<title>/.test(html))
    throw new Error('popup.html has no empty #app, <html lang> or <title> to paint into');
  // Until first-paint.js knows the chips' room, what lies below them stays
  // unseen (STEPS_UNSIZED in utils/core/today-snapshot.ts).
  const form =
    '<main><div class="win-form"><form>' +
    `<label for="win-text">${word('winFieldLabel')}</label>` +
    '<div class="field-row">' +
    `<input id="win-text" type="text" autocomplete="off" autofocus="true" placeholder="${word('winFieldPlaceholder')}" aria-describedby="">` +
    `<button type="submit">${word('saveButton')}</button></div></form>` +
    '<div class="steps-slot"></div>' +
    '<p class="status" role="status" aria-live="polite"></p></div></main>';
  return html
    .replace(/<html lang="[^"]*">/, `<html lang="${langOf(locale)}" class="steps-unsized">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${word('popupTitle')}</title>`)
    .replace(APP_ROOT, `<div id="app" data-page="popup">${form}</div>`);
}

/** Every language's popup page, from the built popup and the public _locales. */
export function localePopups(builtPopup: string, localesDir: string) {
  return readdirSync(localesDir)
    .sort()
    .map((locale) => {
      const messages = JSON.parse(
        readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'),
      ) as Messages;
      if (messages.popupFile?.message !== popupFileOf(locale))
        throw new Error(`_locales/${locale}: "popupFile" must be "${popupFileOf(locale)}"`);
      return {
        relativeDest: popupFileOf(locale),
        contents: staticPopup(builtPopup, locale, messages),
      };
    });
}
