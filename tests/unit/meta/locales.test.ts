// Every language has every message, with the same placeholders, so a
// missing translation can never show a raw key or drop a number.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const dir = 'public/_locales';
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8'));
const en = load('en');
const used = (text: string) =>
  [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();

describe.each(readdirSync(dir).filter((l) => l !== 'en'))('locale %s', (lang) => {
  const other = load(lang);
  it('has exactly the English keys', () => {
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(en))('%s keeps its placeholders', (key) => {
    expect(Object.keys(other[key]?.placeholders ?? {}).sort()).toEqual(
      Object.keys(en[key]?.placeholders ?? {}).sort(),
    );
    expect(used(other[key]?.message ?? '')).toEqual(used(en[key]?.message ?? ''));
  });
});

it('there is a second language', () => {
  expect(readdirSync(dir).length).toBeGreaterThanOrEqual(2);
});

it('English uses each placeholder it declares', () => {
  for (const [key, entry] of Object.entries(en)) {
    expect(used(entry.message), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
  }
});
