// Every user-visible string goes through browser.i18n, so a language is one
// more messages.json. Keys are typed from the English file. Numbers, dates
// and times are written in the browser's UI language, like the words.
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** A substitution as the language writes it: numbers grouped its way (12.345 in Spanish). */
export function substitution(value: string | number, language: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const language = substitutions.some((s) => typeof s === 'number') ? uiLanguage() : '';
  const subs = substitutions.map((s) => substitution(s, language));
  return browser.i18n.getMessage(key, subs.length > 0 ? subs : undefined) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
