// Every language has every message, with the same placeholders, so a
// missing translation can never show a raw key or drop a number. A counted
// message has exactly the plural forms its language uses (the table in
// utils/languages), each with the placeholders of the English `_other` form.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language, type PluralCategory } from '../../../utils/languages';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
const dir = 'public/_locales';
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8'));
const en = load('en');
const used = (text: string) =>
  [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const bases = Object.keys(en).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -6)] : []));
const plain = (m: Messages) =>
  Object.keys(m).filter((k) => !PLURAL.test(k) || !bases.includes(PLURAL.exec(k)?.[1] ?? ''));
const declared = (entry: Messages[string] | undefined) =>
  Object.entries(entry?.placeholders ?? {})
    .map(([name, p]) => `${name}=${p.content}`)
    .sort();

/** Whether a category of a language holds exactly one whole number (so its form may leave the count out: "one minute"). */
function singleNumber(lang: Language, category: PluralCategory): boolean {
  const rules = new Intl.PluralRules(lang.replace('_', '-'));
  let hits = 0;
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) hits++;
  return hits === 1;
}

const folders = readdirSync(dir);

it('every folder of messages has its line in the table of languages, and every line its folder', () => {
  expect([...folders].sort()).toEqual(Object.keys(LANGUAGES).sort());
});

it('there is a second language', () => {
  expect(folders.length).toBeGreaterThanOrEqual(2);
});

describe.each(folders as Language[])('locale %s', (lang) => {
  const messages = load(lang);
  const categories: readonly PluralCategory[] = LANGUAGES[lang];

  it('has exactly the English messages that are not counted', () => {
    expect(plain(messages).sort()).toEqual(plain(en).sort());
  });

  it.each(plain(en))('%s keeps its placeholders', (key) => {
    expect(declared(messages[key])).toEqual(declared(en[key]));
    expect(used(messages[key]?.message ?? '')).toEqual(used(en[key]?.message ?? ''));
  });

  it.each(bases)('%s has exactly the plural forms of the language', (base) => {
    const forms = Object.keys(messages).flatMap((k) => {
      const m = PLURAL.exec(k);
      return m?.[1] === base ? [m[2]] : [];
    });
    expect(forms.sort()).toEqual([...categories].sort());
  });

  it.each(bases)(
    'every form of %s declares the English placeholders and writes the count where a form holds many numbers',
    (base) => {
      const want = declared(en[`${base}_other`]);
      const all = used(en[`${base}_other`]?.message ?? '');
      for (const category of categories) {
        const form = messages[`${base}_${category}`];
        expect(declared(form), `${base}_${category}`).toEqual(want);
        const words = used(form?.message ?? '');
        for (const name of words) expect(all, `${base}_${category} uses $${name}$`).toContain(name);
        if (!singleNumber(lang, category)) expect(words, `${base}_${category}`).toEqual(all);
      }
    },
  );
});

it('English uses each placeholder it declares (a single-number form may leave the count out)', () => {
  for (const [key, entry] of Object.entries(en)) {
    if (key.endsWith('_one')) continue;
    expect(used(entry.message), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
  }
});
