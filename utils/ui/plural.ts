// Counted messages: one message per plural category the language uses
// (`<base>_one`, `<base>_few`, …), chosen by Intl.PluralRules for the count,
// never by `count === 1`, which is wrong for most of the world.
import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';
import { type MessageKey, substitutions, uiLanguage } from '@/utils/i18n';
import { messagesLanguage, type PluralCategory, pluralCategory } from '@/utils/languages';

/** Every base that has counted forms, read from the English messages. */
export type PluralBase = keyof typeof en extends infer K
  ? K extends `${infer B}_other`
    ? B
    : never
  : never;

/** The plural category a count takes in the language of the messages shown. */
export function categoryOf(count: number): PluralCategory {
  return pluralCategory(messagesLanguage(uiLanguage()), count);
}

/**
 * The message of `base` for `count`. The substitutions are the message's
 * `$1`, `$2`, … in order (the count among them where the message shows it).
 */
export function plural(base: PluralBase, count: number, ...values: (string | number)[]): string {
  // The category is one the language's line in the table lists, so the key exists.
  const key = `${base}_${categoryOf(count)}` as MessageKey;
  return browser.i18n.getMessage(key, substitutions(values)) || key;
}
