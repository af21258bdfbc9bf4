// End-to-end tests drive the built extension (.output-test) in a real
// Chromium. Screenshots for the README are a separate project.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'screenshots', testDir: 'tests/screenshots' },
  ],
});
