// In Firefox ESR, a limited site browsed only by its trailing-dot name
// ("social.test.") is the same site: Firefox's match patterns compare the
// host as written, so the site is asked for with its dot too; the intention
// page comes first, its time counts and it pauses at its budget. A site
// limited before that (holding only its usual pattern) says so and asks once
// more, kindly, and is then covered.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupDocument, localDayKey } from '../../scripts/lib/backup-doc';
import { tempDir } from '../../scripts/lib/temp-dir';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { byRole, find, textOf } from './pages/common';
import { Intention, waitForIntention } from './pages/intention';
import { Options } from './pages/options';
import {
  expectPausedOnTime,
  Pause,
  waitForPause,
  waitForSite,
  withWhatShowed,
} from './pages/pause';

test('a limited site browsed only by its trailing-dot name asks first and pauses at its 1-minute budget', async ({
  ff,
  sites,
}) => {
  const options = await Options.open(ff);
  await options.limitSite('social.test', 1);
  await options.askIntention('social.test');

  const url = 'http://social.test./feed';
  const page = await ff.browser.newPage();
  await page.bringToFront();
  await ff.startLoading(page, url);
  await waitForIntention(ff, url, 10_000).catch(withWhatShowed(ff, page));
  expect(sites.requests).toEqual([]);
  await new Intention(page).click('Skip');
  const opened = await waitForSite(ff, url, 15_000).catch(withWhatShowed(ff, page));
  expect(sites.requests).toEqual(['social.test./feed']);

  const paused = await waitForPause(ff, url, minutes(1) + 15_000).catch(withWhatShowed(ff, page));
  test.info().annotations.push({ type: 'pause after ms', description: String(paused - opened) });
  await expectPausedOnTime(options.page, 'social.test', minutes(1), paused - opened);
  await expect
    .poll(() => new Pause(page).lead())
    .toBe("You've spent 1 minute on social.test today.");
});

/** Limits sites with today's budget already used, through the real import (no access asked). */
async function limitWithBudgetUsed(options: Options, hosts: string[]) {
  const file = join(tempDir('backup'), 'used.json');
  const day = localDayKey(new Date());
  const backup = backupDocument([], {
    usage: hosts.map((host) => ({ day, host, ms: minutes(1) + 1_000, grantedMs: 0 })),
    settings: { sites: hosts.map((host) => ({ host, dailyMinutes: 1 })) },
  });
  writeFileSync(file, JSON.stringify(backup));
  await options.importFile(file);
}

test('a site limited before every spelling was asked for says so, asks once more, and is then covered', async ({
  ff,
}) => {
  // Limited through an import, as a site limited before this version: it
  // holds only what the test build grants (*://*.test/*), not "social.test.".
  const options = await Options.open(ff);
  await limitWithBudgetUsed(options, ['social.test']);
  await expect
    .poll(() => textOf(options.page, '.needs-access'))
    .toBe(
      'Small Wins counts time on social.test, but not yet when its address is written with a dot at the end (social.test.). Allowing access once more covers both. Allow access to social.test',
    );
  await (await find(options.page, byRole('button', 'Allow access to social.test'))).click();
  await expect.poll(() => options.status()).toBe('Small Wins can now count time on social.test.');
  await expect.poll(() => textOf(options.page, '.needs-access')).toBeUndefined();

  // Its budget is used today: the dotted name pauses at once.
  const url = 'http://social.test./later';
  await ff.openSite(url);
  await waitForPause(ff, url, 10_000);

  // Removing the site gives back every pattern it was given.
  const held = () =>
    options.page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
        .browser;
      return (await api.permissions.getAll()).origins ?? [];
    });
  expect(await held()).toContain('*://*.social.test./*');
  await (await find(options.page, byRole('button', 'Remove social.test'))).click();
  await expect.poll(held).toEqual(['*://*.test/*']);
});

test('once allowed, a limited site pauses however its host is written', async ({ ff }) => {
  const options = await Options.open(ff);
  await limitWithBudgetUsed(options, ['social.test', 'xn--bcher-kva.test']);
  for (const label of ['social.test', 'bücher.test']) {
    await (await find(options.page, byRole('button', `Allow access to ${label}`))).click();
    await expect.poll(() => options.status()).toBe(`Small Wins can now count time on ${label}.`);
  }
  for (const [written, shown] of <[string, string][]>[
    ['http://WWW.Social.test./feed', 'http://www.social.test./feed'],
    ['http://m.social.test./', 'http://m.social.test./'],
    ['http://SOCIAL.TEST/x', 'http://social.test/x'],
    ['http://bücher.test./', 'http://xn--bcher-kva.test./'],
  ]) {
    const page = await ff.openSite(written);
    await waitForPause(ff, shown, 10_000).catch(withWhatShowed(ff, page));
  }
});
