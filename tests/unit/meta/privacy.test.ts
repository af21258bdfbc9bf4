// PRIVACY.md names every place Small Wins keeps data: each IndexedDB store and
// each extension-storage key the code declares. A new store or key cannot
// ship without the policy saying so.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const policy = readFileSync('PRIVACY.md', 'utf8');
const stores = [
  ...readFileSync('utils/store/db.ts', 'utf8').matchAll(/createObjectStore\('([^']+)'/g),
];
// Every file of the store that declares storage items, not only items.ts.
const itemFiles = readdirSync('utils/store', { recursive: true })
  .map((f) => join('utils/store', String(f)))
  .filter((f) => f.endsWith('.ts'));
const keys = itemFiles.flatMap((file) => [
  ...readFileSync(file, 'utf8').matchAll(/defineItem[^(]*\(\s*'(?:local|session):([A-Za-z]+)'/g),
]);

it('finds the stores and keys it checks', () => {
  expect(stores.length).toBeGreaterThanOrEqual(4);
  expect(keys.length).toBeGreaterThanOrEqual(7);
});

it.each(stores.map((m) => m[1] as string))('names the IndexedDB store %s', (store) => {
  expect(policy).toContain(`\`${store}\``);
});

it.each(keys.map((m) => m[1] as string))('names the storage key %s', (key) => {
  expect(policy).toContain(`\`${key}\``);
});

it('says plainly that the browser’s sync is used only when turned on, what travels, and how to delete everything', () => {
  expect(policy).toContain("Small Wins uses the browser's sync only if you turn on");
  expect(policy).toContain('`sw:<id>`');
  const deleteAll = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')).deleteAll;
  expect(policy).toContain(`"${deleteAll.message}"`);
});
