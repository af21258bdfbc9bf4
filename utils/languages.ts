// The languages Small Wins speaks, one line each: a new language is its folder
// of messages under public/_locales plus its line here. The line names the
// plural categories its counted messages carry (`<base>_<category>`), as CLDR
// gives them for the counts a person can reach; the locale tests hold every
// folder and every line to each other and to Intl.PluralRules. A category
// that only millions reach may be left out (Spanish keeps one and other;
// its CLDR "many" is "1 millón de"): such a count takes the `other` form.
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export const LANGUAGES = {
  en: ['one', 'other'],
  es: ['one', 'other'],
  de: ['one', 'other'],
  fr: ['one', 'many', 'other'],
  pt_BR: ['one', 'many', 'other'],
  ja: ['other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
} as const satisfies Record<string, readonly PluralCategory[]>;

export type Language = keyof typeof LANGUAGES;

/** The language whose messages the browser shows for a UI language, as it falls back: exact, then the base language, then English. */
export function messagesLanguage(ui: string): Language {
  const tag = ui.replace(/-/g, '_');
  const base = tag.split('_')[0] ?? '';
  const known = Object.keys(LANGUAGES) as Language[];
  return (
    known.find((l) => l.toLowerCase() === tag.toLowerCase()) ??
    known.find((l) => l.toLowerCase() === base.toLowerCase()) ??
    'en'
  );
}

/** The category of a count in a language, among those its messages carry (others fall back to `other`). */
export function pluralCategory(language: Language, count: number): PluralCategory {
  const category = new Intl.PluralRules(language.replace('_', '-')).select(count) as PluralCategory;
  return (LANGUAGES[language] as readonly PluralCategory[]).includes(category) ? category : 'other';
}
