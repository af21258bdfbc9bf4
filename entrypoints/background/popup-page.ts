// The toolbar button opens the popup page built for the language
// browser.i18n uses, whose field is in its HTML and so typable as soon as the
// page is parsed (scripts/lib/popup-locales.ts). Which language that is only
// the browser knows (the UI language, or the nearest one the extension has),
// so each language's messages name their own page. Set at every start of the
// worker: a browser start, an install, an update or the extension switched
// back on each set the manifest's popup again.
import { browser } from 'wxt/browser';

export async function openPopupOfLanguage(): Promise<void> {
  const file = browser.i18n.getMessage('popupFile');
  if (!/^popup-[A-Za-z_]+\.html$/.test(file)) return; // keep the manifest's popup.html
  await browser.action.setPopup({ popup: `/${file}` });
}
