// What the first paint draws with: the browser's words (chrome.i18n, before
// any polyfill loads) and a tiny element maker. Shared by markup.ts and
// screen-safe.ts so both spell the page the way the app renders it.
import { isolate } from '@/utils/core/bidi';
import type { MessageKey } from '@/utils/i18n';

declare const chrome: {
  i18n: {
    getMessage(key: string, substitutions?: string[]): string;
    getUILanguage(): string;
  };
};

// As utils/i18n.ts: numbers the language's way, and the person's words in
// their own direction (utils/core/bidi.ts).
export const t = (key: MessageKey, ...subs: (string | number)[]) => {
  const rtl = subs.length > 0 && chrome.i18n.getMessage('@@bidi_dir') === 'rtl';
  const number = (n: number) => new Intl.NumberFormat(chrome.i18n.getUILanguage()).format(n);
  const out = subs.map((s) => (typeof s === 'number' ? number(s) : isolate(s, rtl)));
  return chrome.i18n.getMessage(key, out.length > 0 ? out : undefined) || key;
};

type Child = Node | string | false | undefined;

export function h(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}

/** The browser's own API (no polyfill at first paint), for its words, dates and numbers. */
const api = chrome;

export { api as chrome };
