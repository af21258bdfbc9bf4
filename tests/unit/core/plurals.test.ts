// A count picks its message by the plural rules of the language the messages
// are in: Arabic has six forms, Japanese one, French says "0 jour" like "1 jour".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FSI, PDI } from '../../../utils/core/bidi';
import {
  LANGUAGES,
  type Language,
  messagesLanguage,
  pluralCategory,
} from '../../../utils/languages';
import { plural } from '../../../utils/ui/plural';

describe('the plural category of a count', () => {
  it('gives Arabic its six forms for 0, 1, 2, 3, 11 and 100', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('gives English and German one only for 1', () => {
    for (const lang of ['en', 'de'] as const) {
      expect([0, 1, 2, 21].map((n) => pluralCategory(lang, n))).toEqual([
        'other',
        'one',
        'other',
        'other',
      ]);
    }
  });

  it('gives French and Brazilian Portuguese one for 0 and 1, and many for a million', () => {
    for (const lang of ['fr', 'pt_BR'] as const) {
      expect([0, 1, 2, 1_000_000].map((n) => pluralCategory(lang, n))).toEqual([
        'one',
        'one',
        'other',
        'many',
      ]);
    }
  });

  it('gives Japanese other for every count', () => {
    expect([0, 1, 2, 100].map((n) => pluralCategory('ja', n))).toEqual([
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('falls back to other where the table leaves out a category (Spanish keeps one and other)', () => {
    expect(pluralCategory('es', 1_000_000)).toBe('other');
    expect(pluralCategory('es', 1)).toBe('one');
  });

  it.each(Object.keys(LANGUAGES) as Language[])(
    'lists for %s only categories the language has, and every one a count up to 100,000 reaches',
    (lang) => {
      const rules = new Intl.PluralRules(lang.replace('_', '-'));
      const known = rules.resolvedOptions().pluralCategories as string[];
      const listed: readonly string[] = LANGUAGES[lang];
      for (const category of listed) expect(known).toContain(category);
      const reached = new Set<string>();
      for (let n = 0; n <= 100_000; n++) reached.add(rules.select(n));
      for (const category of reached) expect(listed).toContain(category);
    },
  );
});

describe('the language of the messages shown', () => {
  it('follows the browser: exact, then the base language, then English', () => {
    expect(messagesLanguage('pt-BR')).toBe('pt_BR');
    expect(messagesLanguage('ar-EG')).toBe('ar');
    expect(messagesLanguage('fr-CA')).toBe('fr');
    expect(messagesLanguage('pt-PT')).toBe('en');
    expect(messagesLanguage('pl')).toBe('en');
  });
});

describe('a counted message', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks the browser for the form of the count, with the substitutions in order', () => {
    const asked: [string, unknown][] = [];
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ar');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: unknown) => {
      if (key === '@@bidi_dir') return 'rtl';
      asked.push([key, subs]);
      return key;
    });
    for (const n of [0, 1, 2, 3, 11, 100]) plural('yearDay', n, n, 'date');
    expect(asked.map(([k]) => k)).toEqual([
      'yearDay_zero',
      'yearDay_one',
      'yearDay_two',
      'yearDay_few',
      'yearDay_many',
      'yearDay_other',
    ]);
    // The number in Arabic's own way, the words isolated in a right-to-left page.
    expect(asked[5]?.[1]).toEqual([new Intl.NumberFormat('ar').format(100), `${FSI}date${PDI}`]);
  });
});
