// Counted messages: one message per plural category the language uses
// (`<base>_one`, `<base>_few`, …), chosen by Intl.PluralRules for the count,
// never by `count === 1`, which is wrong for most of the world.
import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';
import { type MessageKey, substitution, uiLanguage } from '@/utils/i18n';
import { messagesLanguage, pluralCategory } from '@/utils/languages';

/** Every base that has counted forms, read from the English messages. */
export type PluralBase = keyof typeof en extends infer K
  ? K extends `${infer B}_other`
    ? B
    : never
  : never;

/**
 * The message of `base` for `count`. The substitutions are the message's
 * `$1`, `$2`, … in order (the count among them where the message shows it).
 */
export function plural(
  base: PluralBase,
  count: number,
  ...substitutions: (string | number)[]
): string {
  const ui = uiLanguage();
  // The category is one the language's line in the table lists, so the key exists.
  const key = `${base}_${pluralCategory(messagesLanguage(ui), count)}` as MessageKey;
  const subs = substitutions.map((s) => substitution(s, ui));
  return browser.i18n.getMessage(key, subs.length > 0 ? subs : undefined) || key;
}
