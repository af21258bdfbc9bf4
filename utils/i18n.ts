// Every user-visible string goes through browser.i18n, so a language is one
// more messages.json. Keys are typed from the English file. Numbers, dates
// and times are written in the browser's UI language, like the words.
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';
import { isolate } from './core/bidi';

export type MessageKey = keyof typeof en;

/** A substitution as the language writes it: numbers grouped its way (12.345 in Spanish). */
export function substitution(value: string | number, language: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
}

/**
 * The substitutions as the page writes them: numbers the language's way, and
 * words (a win, a host, a name) isolated in their own direction (utils/core/bidi).
 */
export function substitutions(values: readonly (string | number)[]): string[] | undefined {
  if (values.length === 0) return undefined;
  const language = values.some((s) => typeof s === 'number') ? uiLanguage() : '';
  const rtl = values.some((s) => typeof s === 'string') && rightToLeft();
  return values.map((s) => (typeof s === 'number' ? substitution(s, language) : isolate(s, rtl)));
}

export function t(key: MessageKey, ...values: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions(values)) || key;
}

/** Whether the page's language reads right to left (the browser says, for the messages it shows). */
export function rightToLeft(): boolean {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl';
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
