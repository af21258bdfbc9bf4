// PRIVACY.md names every place Small Wins keeps data: each IndexedDB store and
// each extension-storage key the code declares. A new store or key cannot
// ship without the policy saying so.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const policy = readFileSync('PRIVACY.md', 'utf8');
const stores = [
  ...readFileSync('utils/store/db.ts', 'utf8').matchAll(/createObjectStore\('([^']+)'/g),
];
const keys = [
  ...readFileSync('utils/store/items.ts', 'utf8').matchAll(/'(?:local|session):([A-Za-z]+)'/g),
];

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

it('says plainly that the browser’s sync is not used, and how to delete everything', () => {
  expect(policy).toContain("Small Wins does not use the browser's sync today");
  const deleteAll = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')).deleteAll;
  expect(policy).toContain(`"${deleteAll.message}"`);
});
