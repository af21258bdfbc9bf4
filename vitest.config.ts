// Unit tests run the pure core with WXT's fake browser and fake-indexeddb.
// A fixed zone with daylight saving makes the day-key tests meaningful anywhere.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // A 2-core machine running browsers beside the unit tests can be slow to
    // load a module; no test here waits on time, so a wider bound costs nothing.
    testTimeout: 20_000,
  },
});
