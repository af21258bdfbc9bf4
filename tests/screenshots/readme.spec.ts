// `npm run screenshots`: pictures for the README from the real extension,
// with a year of made-up history brought in through the real import.
import type { Page } from '@playwright/test';
import { backupDocument, type WinSeed } from '../../scripts/lib/backup-doc';
import { expect, test } from '../e2e/fixtures';
import { OptionsPage } from '../e2e/pages/options';
import { PopupPage } from '../e2e/pages/popup';

const SAMPLE = [
  'Drank a glass of water',
  'Replied to the email I was avoiding #work',
  'Stretched for 5 minutes #health',
  'Called mum #family',
  'Cooked dinner from scratch #home',
  'Went for a short walk #health',
  'Read 10 pages #reading',
  'Asked for help on the bug #work',
];

function history() {
  const wins: WinSeed[] = [];
  const now = new Date();
  for (let back = 1; back < 365; back++) {
    const count = (back * 7919) % 5; // a steady, varied pattern with rest days
    for (let i = 0; i < count; i++) {
      const text = SAMPLE[(back + i) % SAMPLE.length] as string;
      const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 10 + i);
      const tags = [...text.matchAll(/#(\w+)/g)].map((m) => m[1] as string);
      wins.push({ id: `h-${back}-${i}`, text, date, tags });
    }
  }
  return backupDocument(wins);
}

const typeWins = (page: Page, texts: string[]) => new PopupPage(page).addWins(...texts);

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });

    test(`screens (${theme})`, async ({
      openPopup,
      openNewTab,
      openOptions,
      extensionId,
      context,
    }) => {
      const options = await openOptions();
      await options.setViewportSize({ width: 900, height: 1000 });
      const optionsPage = new OptionsPage(options);
      await optionsPage.importBackup(history());
      await optionsPage.limitSite('social.test', 20);
      await expect(options.getByText('Up to 20 minutes a day')).toBeVisible();
      await options.screenshot({ path: `docs/screenshots/options-${theme}.png` });

      const popup = await openPopup();
      await popup.setViewportSize({ width: 360, height: 560 });
      await typeWins(popup, ['Drank water', 'Replied to the email I was avoiding']);
      await popup.getByRole('button', { name: 'Drank water' }).blur();
      await popup.screenshot({ path: `docs/screenshots/popup-${theme}.png` });

      const newtab = await openNewTab();
      await newtab.setViewportSize({ width: 1100, height: 1400 });
      await expect(newtab.getByRole('navigation', { name: 'More of Small Wins' })).toBeVisible();
      await newtab.screenshot({ path: `docs/screenshots/newtab-${theme}.png`, fullPage: true });

      const pause = await context.newPage();
      await pause.setViewportSize({ width: 900, height: 640 });
      await pause.emulateMedia({ reducedMotion: 'reduce' });
      await pause.goto(
        `chrome-extension://${extensionId}/pause.html?site=social.test&url=http%3A%2F%2Fsocial.test%2F&used=1200000`,
      );
      await expect(pause.getByRole('button', { name: 'Log off' })).toBeVisible();
      await pause.screenshot({ path: `docs/screenshots/pause-${theme}.png` });
    });
  });
}
