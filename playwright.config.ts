// End-to-end tests drive the built extension (.output-test) in a real
// Chromium, and the Firefox build in Firefox ESR. Screenshots for the README
// are a separate project. The headed project runs Chromium on a private X
// server per test, for what a headless browser cannot show (prompts, idle,
// shortcuts, focus, languages).
//
// A failed test leaves each tab's picture and text in its folder under
// test-results/ (scripts/lib/failure-record.ts), and the whole run is also
// written as JSON (test-results/report.json). In CI a failed test is run
// once more: one that passes then is reported as flaky, by name, at the end
// of the list (a flaky test is a defect to fix, not a pass).
import { defineConfig } from '@playwright/test';
import type { BrowserClock } from './scripts/lib/clock';
import type { Engine } from './tests/browser/tab';

/** The specs of every view that depends on the day or the hour. */
const ANY_DAY = [
  'calm-newtab.spec.ts',
  'lookback-page.spec.ts',
  'week-start.spec.ts',
  'wrap-story.spec.ts',
];
/**
 * Of those, the tests whose outcome depends on which day it is (they seed
 * and read relative to the extension's own day). Tests of the same views
 * that do not (axe, the keyboard), and tests that set the hour through
 * Playwright's own clock (it counts from the test process's clock, and
 * pages under it stop short of drawing today when the browser's clock is
 * moved too), carry no tag and run on the real clock only.
 */
const DAY_DEPENDENT = /@any-day/;

export default defineConfig<{ clock: BrowserClock | undefined }, { engine: Engine }>({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // A worker keeps about half a core busy (it waits for a counted minute, a
  // page, an event page), so the two cores need about four. The headed
  // tests wait in real time (idle, a locked screen, minutes away) and use a
  // quarter of a core: they take one worker from the start, and the other
  // three run the Firefox tests, then the clock projects (each test launches
  // its own browser), then Chromium's, so the run ends on short tests, not
  // on one long file or a few browser launches.
  workers: 4,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/report.json' }]],
  projects: [
    // Waits are real (idle, minutes away): these tests run for minutes.
    { name: 'headed', testDir: 'tests/headed', timeout: 240_000, workers: 1 },
    // Firefox ESR driven by puppeteer-core over WebDriver BiDi (see scripts/lib/firefox.ts).
    {
      name: 'firefox',
      testDir: 'tests',
      testMatch: ['firefox/**/*.spec.ts', 'browser/**/*.spec.ts'],
      grepInvert: /@chromium/,
      use: { engine: 'firefox' },
    },
    // The views that depend on the day, with the browser's clock set to the
    // night the year turns (in a zone where the test process's own clock is
    // already in the new year) and to a minute before clocks spring forward.
    {
      name: 'year-end',
      testDir: 'tests/e2e',
      testMatch: ANY_DAY,
      grep: DAY_DEPENDENT,
      use: { clock: { at: '2026-12-31T23:59:30', zone: 'America/Los_Angeles' } },
    },
    {
      name: 'clock-change',
      testDir: 'tests/e2e',
      testMatch: ANY_DAY,
      grep: DAY_DEPENDENT,
      use: { clock: { at: '2027-03-28T01:59:30', zone: 'Europe/Berlin' } },
    },
    // The browser suite (tests/browser) runs in both browsers; a test only
    // one browser can run carries @chromium or @firefox.
    {
      name: 'e2e',
      testDir: 'tests',
      testMatch: ['e2e/**/*.spec.ts', 'browser/**/*.spec.ts'],
      grepInvert: /@firefox/,
      use: { engine: 'chromium' },
    },
    { name: 'screenshots', testDir: 'tests/screenshots' },
    // The store listing's pictures, in every shipped language (`npm run store`).
    { name: 'store', testDir: 'tests/store' },
  ],
});
