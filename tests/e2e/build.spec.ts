// Facts about the shipped build (.output/chrome-mv3) that need no browser:
// least privilege and the up-front script budget.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { UP_FRONT_BUDGET, upFrontGzipBytes } from '../support/sizes';

const SHIPPED = '.output/chrome-mv3';

test.beforeAll(() => {
  if (!existsSync(`${SHIPPED}/manifest.json`)) {
    throw new Error(`No shipped build at ${SHIPPED}: run "npm run build" first.`);
  }
});

test('the shipped manifest asks only for what it needs', () => {
  const manifest = JSON.parse(readFileSync(`${SHIPPED}/manifest.json`, 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  // None of these shows an install warning.
  expect([...manifest.permissions].sort()).toEqual([
    'alarms',
    'idle',
    'storage',
    'unlimitedStorage',
  ]);
  // No site access at install: it is asked for per site, when a site is limited.
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  const text = JSON.stringify(manifest);
  for (const broad of ['<all_urls>', '"tabs"', '"history"', '"webNavigation"', '"scripting"']) {
    expect(text).not.toContain(broad);
  }
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+W');
  expect(manifest.default_locale).toBe('en');
});

for (const page of ['newtab', 'popup', 'options']) {
  test(`${page} loads at most 20 kB of gzipped script up front`, () => {
    const bytes = upFrontGzipBytes(SHIPPED, page);
    test.info().annotations.push({ type: 'gzip bytes', description: String(bytes) });
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThanOrEqual(UP_FRONT_BUDGET);
  });
}
