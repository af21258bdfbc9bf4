// The store listing, in every language the extension ships: its words come
// from the locale files (so a listing is translated where the extension is),
// its pictures' sizes are what the stores ask for, and the promo tile, the
// marquee and the popup's frame are small HTML pages drawn by the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = Record<string, { message: string }>;

/** Every picture `npm run store` makes per language, with its exact size. */
export const PICTURES = {
  '1-popup.png': [1280, 800],
  '2-newtab.png': [1280, 800],
  '3-pause.png': [1280, 800],
  '4-look-back.png': [1280, 800],
  '5-your-year.png': [1280, 800],
  'promo-tile.png': [440, 280],
  'marquee.png': [1400, 560],
} as const satisfies Record<string, readonly [number, number]>;

/** The caption message of each screenshot, in the order of PICTURES. */
export const CAPTIONS = [
  'storeShotPopup',
  'storeShotNewTab',
  'storeShotPause',
  'storeShotLookBack',
  'storeShotYear',
] as const;

export const LOCALES_DIR = 'public/_locales';
export const locales = (): string[] => readdirSync(LOCALES_DIR).sort();

export function messagesOf(lang: string): (key: string) => string {
  const messages = JSON.parse(
    readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'),
  ) as Messages;
  return (key) => {
    const entry = messages[key];
    if (!entry) throw new Error(`${lang} has no message "${key}"`);
    return entry.message;
  };
}

/** store/<lang>/listing.md: what is pasted into each store's listing form. */
export function listingMarkdown(lang: string): string {
  const t = messagesOf(lang);
  const shots = CAPTIONS.map((key, i) => `${i + 1}. \`${Object.keys(PICTURES)[i]}\`: ${t(key)}`);
  return [
    `<!-- Made by \`npm run store\` from public/_locales/${lang}/messages.json; edit the messages, not this file. -->`,
    `# ${t('extName')} (${lang})`,
    '',
    '## Summary (Chrome Web Store, at most 132 characters)',
    '',
    t('storeSummary'),
    '',
    '## Summary (Firefox Add-ons)',
    '',
    t('storeFirefoxSummary'),
    '',
    '## Description',
    '',
    t('storeNewTab'),
    '',
    t('storeDescription'),
    '',
    '## Single purpose',
    '',
    t('storePurpose'),
    '',
    '## Screenshots',
    '',
    ...shots,
    '',
    'Promo tile: `promo-tile.png` (440×280). Marquee: `marquee.png` (1400×560).',
    '',
    '## Data',
    '',
    'No data is collected or sent (Firefox: `data_collection_permissions: none`). Privacy policy: PRIVACY.md.',
    'Permissions and their reasons: store/permissions.md.',
    '',
  ].join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const iconDataUrl = () =>
  `data:image/svg+xml;base64,${Buffer.from(readFileSync('public/icon.svg')).toString('base64')}`;
const BASE_CSS = `
  * { box-sizing: border-box; margin: 0; }
  html, body { width: 100%; height: 100%; }
  body { background: #faf7f2; color: #2b2a28; font-family: system-ui, "DejaVu Sans", sans-serif;
         display: flex; align-items: center; overflow: hidden; }
  .name { font-weight: 700; color: #2f6f5e; }
  .line { color: #5d5a55; }`;

/** The promo tile (440×280) or the marquee (1400×560): the icon, the name and one line. */
export function tileHtml(lang: string, size: 'tile' | 'marquee'): string {
  const t = messagesOf(lang);
  const big = size === 'marquee';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${BASE_CSS}
  body { gap: ${big ? 64 : 24}px; padding: 0 ${big ? 120 : 32}px;
         background: linear-gradient(135deg, #faf7f2 0%, #e3f0eb 100%); }
  img { width: ${big ? 280 : 112}px; height: ${big ? 280 : 112}px; flex: none; }
  .name { font-size: ${big ? 84 : 36}px; line-height: 1.1; }
  .line { font-size: ${big ? 40 : 20}px; line-height: 1.3; margin-top: ${big ? 20 : 8}px; }
  .more { font-size: 28px; line-height: 1.4; margin-top: 28px; color: #2b2a28; max-width: 760px; }
  </style></head><body><img src="${iconDataUrl()}" alt=""><div>
  <p class="name">${escapeHtml(t('extName'))}</p><p class="line">${escapeHtml(t('storeTagline'))}</p>
  ${big ? `<p class="more">${escapeHtml(t('storeSummary'))}</p>` : ''}
  </div></body></html>`;
}

/** A 1280×800 frame for a small window (the toolbar popup): the picture, the icon and a caption. */
export function frameHtml(lang: string, picture: Buffer, caption: string): string {
  const t = messagesOf(lang);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${BASE_CSS}
  body { justify-content: center; gap: 80px; background: linear-gradient(135deg, #faf7f2, #e3f0eb); }
  .shot { border: 1px solid #ddd6cb; border-radius: 10px; box-shadow: 0 12px 40px rgba(43,42,40,.18);
          background: #fff; overflow: hidden; flex: none; }
  .shot img { display: block; }
  .words { max-width: 520px; }
  .brand { display: flex; align-items: center; gap: 16px; margin-bottom: 28px; }
  .brand img { width: 64px; height: 64px; }
  .name { font-size: 36px; }
  .line { font-size: 40px; line-height: 1.3; color: #2b2a28; }
  </style></head><body><div class="shot"><img src="data:image/png;base64,${picture.toString('base64')}" alt=""></div>
  <div class="words"><div class="brand"><img src="${iconDataUrl()}" alt=""><p class="name">${escapeHtml(t('extName'))}</p></div>
  <p class="line">${escapeHtml(caption)}</p></div></body></html>`;
}

/** Width and height from a PNG's header (the IHDR chunk). */
export function pngSize(png: Uint8Array): [number, number] {
  const bytes = Buffer.from(png);
  if (bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
