// Every user-visible string goes through browser.i18n, so a language is one
// more messages.json. Keys are typed from the English file.
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  return browser.i18n.getMessage(key, subs.length > 0 ? subs : undefined) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(date);
}

export function formatTime(at: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit' }).format(at);
}
