// A fake browser that speaks one of the extension's languages from its real
// messages file, substituting placeholders as browser.i18n does: the words a
// page would show, read in a unit test.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export const LOCALES = ['en', 'es', 'de', 'fr', 'pt_BR', 'ja', 'ar'] as const;

export function messagesOf(lang: string): Messages {
  return JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
}

/** Makes the fake browser speak `lang`; returns the keys asked for, in order. */
export function speak(lang: string): string[] {
  const messages = messagesOf(lang);
  const asked: string[] = [];
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang.replace('_', '-'));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, subs?: string | string[]) => {
      if (key === '@@bidi_dir') return lang === 'ar' ? 'rtl' : 'ltr';
      asked.push(key);
      const entry = messages[key];
      if (!entry) return '';
      const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return values[Number(content.slice(1)) - 1] ?? '';
      });
    },
  );
  return asked;
}
