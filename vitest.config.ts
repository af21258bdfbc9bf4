// Unit tests run the pure core with WXT's fake browser and fake-indexeddb.
// A fixed zone with daylight saving makes the day-key tests meaningful anywhere.
//
// Two projects, for speed on a small machine: the store's tests each get a
// fresh module graph (they share one cached database connection per page,
// as a real page does), while `npm run test:unit` runs every other file
// with --no-isolate, sharing its worker's modules: loading them again for
// each file was most of the run's time. (vitest 3.2 takes isolation from the
// command line, not from a project.) Two workers: vitest's default leaves one
// of two cores idle.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

process.env.TZ = 'Europe/Berlin';

const STORE = ['tests/unit/store/**/*.test.ts', 'tests/unit/meta/release.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    maxWorkers: 2,
    minWorkers: 1,
    // A 2-core machine running browsers beside the unit tests can be slow to
    // load a module; no test here waits on time, so a wider bound costs nothing.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'store', include: STORE },
      },
      {
        extends: true,
        test: {
          name: 'pure',
          include: ['tests/unit/**/*.test.ts'],
          exclude: STORE,
        },
      },
    ],
  },
});
