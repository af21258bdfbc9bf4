// Two settings pages changing the settings at the same moment, in Chromium
// and Firefox alike: each change reads the settings and writes them back,
// so one made while another is on its way would undo it. Every such change
// takes the settings' turn (a Web Lock, shared by all of the extension's
// pages and its worker); here a page holds that turn while both pages
// change a setting, so the two changes are sure to wait together, and
// once it is let go both are kept.
import { expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { setting } from './pages/stored';
import type { Tab } from './tab';

const TURN = 'small-wins-settings';

/** Takes the settings' turn in the page and keeps it until `letGo`. */
function holdTurn(tab: Tab) {
  return tab.evaluate(
    (name) =>
      new Promise<boolean>((held) => {
        void navigator.locks.request(
          name,
          () =>
            new Promise<void>((done) => {
              (window as unknown as { letGo: () => void }).letGo = done;
              held(true);
            }),
        );
      }),
    TURN,
  );
}

/** How many changes, in any of the extension's pages, wait for the settings' turn. */
function waiting(tab: Tab) {
  return tab.evaluate(
    async (name) => (await navigator.locks.query()).pending?.filter((l) => l.name === name).length,
    TURN,
  );
}

test('two settings pages changing the settings at once both keep their change', async ({ app }) => {
  const first = await OptionsView.open(app);
  const second = await OptionsView.open(app);
  expect(await setting(first.tab, 'showBadge')).not.toBe(false);
  expect(await setting(first.tab, 'askEnergy')).not.toBe(false);

  expect(await holdTurn(first.tab)).toBe(true);
  // Each in front before its click, as a person's would be (a tab behind
  // draws no frames, which Firefox's click waits for).
  await first.tab.toFront();
  await first.tab.click('#badge');
  await second.tab.toFront();
  await second.tab.click('#ask-energy');
  // Both changes wait for the turn, and neither has read or written yet.
  await expect.poll(() => waiting(first.tab)).toBe(2);
  expect(await setting(first.tab, 'showBadge')).not.toBe(false);
  expect(await setting(first.tab, 'askEnergy')).not.toBe(false);

  await first.tab.evaluate(() => (window as unknown as { letGo: () => void }).letGo(), null);
  await expect.poll(() => setting(first.tab, 'showBadge')).toBe(false);
  await expect.poll(() => setting(first.tab, 'askEnergy')).toBe(false);
  // And each page shows both.
  for (const view of [first, second]) {
    await expect
      .poll(() =>
        view.tab.evaluate(
          () =>
            ['badge', 'ask-energy'].map(
              (id) => (document.getElementById(id) as HTMLInputElement).checked,
            ),
          null,
        ),
      )
      .toEqual([false, false]);
  }
});
