// Facts about the shipped build (.output/chrome-mv3) that need no browser:
// least privilege, the up-front script budget, no network call anywhere in
// the shipped JavaScript, and no benchmark page in the package. Also that the
// test build's benchmark baselines are what they say (.output-test).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  FIRST_PAINT_BUDGET,
  firstPaintGzipBytes,
  UP_FRONT_BUDGET,
  upFrontGzipBytes,
  upFrontScripts,
} from '../../scripts/lib/sizes';

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
    'declarativeNetRequestWithHostAccess',
    'idle',
    'storage',
    'unlimitedStorage',
  ]);
  // No site access at install: it is asked for per site, when a site is limited.
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  // Daily backups and the heads-up notification are asked for when turned on.
  // Chromium also asks for `downloads.ui`, to save backups without opening its bubble.
  expect(manifest.optional_permissions).toEqual(['downloads', 'downloads.ui', 'notifications']);
  const text = JSON.stringify(manifest);
  for (const broad of ['<all_urls>', '"tabs"', '"history"', '"webNavigation"', '"scripting"']) {
    expect(text).not.toContain(broad);
  }
  expect(manifest.content_scripts ?? []).toEqual([]);
  // No page a website could load to learn that Small Wins is installed (see
  // browser/intention-privacy.spec.ts); Firefox's build lists the intention page.
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+K');
  expect(manifest.default_locale).toBe('en');
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the shipped JavaScript holds no way to reach the network', () => {
  const scripts = filesUnder(SHIPPED).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  const calls = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/g;
  const found = scripts.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(calls)].map((m) => `${file}: ${m[0]}`),
  );
  expect(found).toEqual([]);
});

test('no benchmark page ships', () => {
  const pages = readdirSync(SHIPPED).filter((name) => name.endsWith('.html'));
  expect(pages.sort()).toEqual([
    'intention.html',
    'lookback.html',
    'newtab.html',
    'options.html',
    'pause.html',
    'popup.html',
    'review.html',
    'share.html',
    'welcome.html',
  ]);
});

const PAGES = [
  'newtab',
  'popup',
  'options',
  'pause',
  'intention',
  'lookback',
  'review',
  'share',
  'welcome',
];
for (const page of PAGES) {
  test(`${page} loads at most 25 kB of gzipped app script up front`, () => {
    const bytes = upFrontGzipBytes(SHIPPED, page);
    test.info().annotations.push({ type: 'gzip bytes', description: String(bytes) });
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThanOrEqual(UP_FRONT_BUDGET);
  });
}

test('every page builds on one shared base chunk, whatever each page loads later', () => {
  const bases = PAGES.map((page) =>
    upFrontScripts(SHIPPED, page).filter((src) => /\/base-[\w-]+\.js$/.test(src)),
  );
  expect(bases.every((found) => found.length === 1 && found[0] === bases[0]?.[0])).toBe(true);
});

for (const page of ['newtab', 'popup']) {
  test(`${page}'s first-paint script stays under 3.5 kB gzipped`, () => {
    const bytes = firstPaintGzipBytes(SHIPPED, page);
    test.info().annotations.push({ type: 'gzip bytes', description: String(bytes) });
    expect(bytes).toBeGreaterThan(500);
    expect(bytes).toBeLessThanOrEqual(FIRST_PAINT_BUDGET);
  });
}

test("the bench's blank page runs no script, and its floor page only its own line", () => {
  const page = (name: string) => readFileSync(`.output-test/chrome-mv3/${name}.html`, 'utf8');
  const scripts = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts(page('blank-static'))).toEqual([]);
  expect(scripts(page('blank-floor'))).toEqual(['<script src="/blank-floor-line.js">']);
});
