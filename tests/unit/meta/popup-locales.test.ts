// Each language's popup page is the built popup with its field, label and
// Save button written into the HTML in that language's words, escaped as
// text; a language without those words, or naming another page, stops the
// build instead of shipping a popup with a raw key.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localePopups, staticPopup } from '../../../scripts/lib/popup-locales';

const BUILT =
  '<!DOCTYPE html>\n<html lang="en">\n<head><title>Small Wins</title></head>\n<body>\n' +
  '<div id="app" data-page="popup"></div>\n<script src="/first-paint.js" data-app="/chunks/popup-1.js"></script>\n</body></html>';

const words = (label: string) => ({
  winFieldLabel: { message: label },
  winFieldPlaceholder: { message: 'Replied to "that" email' },
  saveButton: { message: 'Save' },
  popupTitle: { message: 'Small Wins' },
});

describe("a language's popup page", () => {
  it('holds the focused field with its label, and keeps the first-paint script', () => {
    const html = staticPopup(BUILT, 'es_419', words('¿Cuál es tu logro?'));
    expect(html).toContain('<html lang="es-419" class="steps-unsized">');
    expect(html).toContain('<label for="win-text">¿Cuál es tu logro?</label>');
    expect(html).toContain('autofocus="true" placeholder="Replied to &quot;that&quot; email"');
    expect(html).toContain('<script src="/first-paint.js" data-app="/chunks/popup-1.js">');
  });

  it('writes words as text, never as markup', () => {
    const html = staticPopup(BUILT, 'en', words('<b>Win</b> & more'));
    expect(html).toContain('<label for="win-text">&lt;b&gt;Win&lt;/b&gt; &amp; more</label>');
  });

  it('stops on a language without the popup words', () => {
    expect(() => staticPopup(BUILT, 'fr', { saveButton: { message: 'Enregistrer' } })).toThrow(
      /_locales\/fr has no "winFieldLabel"/,
    );
  });

  it('stops on a popup it cannot paint into', () => {
    expect(() => staticPopup('<html><body></body></html>', 'en', words('Win'))).toThrow(/#app/);
  });

  it('is built for every language, named as its messages name it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    for (const [locale, file] of [
      ['en', 'popup-en.html'],
      ['es', 'popup-es.html'],
    ]) {
      mkdirSync(join(dir, locale as string));
      const messages = { ...words('Win'), popupFile: { message: file } };
      writeFileSync(join(dir, locale as string, 'messages.json'), JSON.stringify(messages));
    }
    expect(localePopups(BUILT, dir).map((p) => p.relativeDest)).toEqual([
      'popup-en.html',
      'popup-es.html',
    ]);
    writeFileSync(
      join(dir, 'es', 'messages.json'),
      JSON.stringify({ ...words('Win'), popupFile: { message: 'popup-en.html' } }),
    );
    expect(() => localePopups(BUILT, dir)).toThrow(/"popupFile" must be "popup-es.html"/);
  });
});
