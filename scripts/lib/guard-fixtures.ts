// The two guards every browser test carries, as Playwright fixtures: the
// requests that left the device (the promise of privacy) and the errors a
// page threw or left unhandled. Each fixture file fills the lists its own
// way (scripts/lib/network.ts, a proxy, the fake sites) and spreads these in,
// so the rule of what fails a test is written once.
import { expect } from '@playwright/test';

/** A list the test fills, which must be empty when it ends. */
const emptyAtTheEnd =
  (what: string) =>
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  async ({}, use: (list: string[]) => Promise<void>) => {
    const list: string[] = [];
    await use(list);
    expect(list, what).toEqual([]);
  };

export const outsideRequests = emptyAtTheEnd('requests that left the device');
export const pageErrors = emptyAtTheEnd('uncaught errors and unhandled rejections in pages');
