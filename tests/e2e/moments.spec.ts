// The moments around a win: a save is said with a kind line that takes turns
// and the new row arrives warm (not under reduced motion); rows are quiet at
// rest, one "more" button each, and Proud, Edit, Delete and Undo work by
// keyboard alone; marking proud is said, glows once and the row stays warm.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { NewTabPage } from './pages/newtab';
import { PopupPage } from './pages/popup';
import { moreButton, showActions } from './pages/win-actions';
import type { WinsPage } from './pages/wins-page';
import { loadMessages, say } from './words';

const en = loadMessages('en');
const kindLines = Object.keys(en)
  .filter((key) => /^kindLine\d$/.test(key))
  .map((key) => say(en, key));
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Saved: <words>." and then one of the kind lines. */
const savedLine = (text: string) =>
  new RegExp(`^${literal(say(en, 'savedStatus', text))} (${kindLines.map(literal).join('|')})$`);

async function saveAndHear(wins: WinsPage, text: string): Promise<string> {
  await wins.addWins(text);
  await expect(wins.saveStatus).toHaveText(savedLine(text));
  return (await wins.saveStatus.textContent()) ?? '';
}

test('a win saved on the popup and on the new tab is said with a kind line that varies, and arrives warm', async ({
  openPopup,
  openNewTab,
}) => {
  expect(kindLines.length).toBeGreaterThanOrEqual(5);
  const popup = new PopupPage(await openPopup());
  const first = await saveAndHear(popup, 'Fed the cat');
  await expect(popup.row('Fed the cat')).toHaveClass(/\bfresh\b/);
  const second = await saveAndHear(popup, 'Stretched');
  expect(second.replace('Stretched', '')).not.toBe(first.replace('Fed the cat', ''));
  await expect(popup.row('Stretched')).toHaveAttribute('data-fresh', '');

  const newtab = new NewTabPage(await openNewTab());
  // An earlier win, not saved on this page, arrives as it is.
  await expect(newtab.row('Fed the cat')).not.toHaveClass(/\bfresh\b/);
  await saveAndHear(newtab, 'Tidied the desk');
  await expect(newtab.row('Tidied the desk')).toHaveClass(/\bfresh\b/);
  // A chip's save is said and arrives the same way.
  const chip = newtab.chips.first();
  const words = (await chip.textContent()) ?? '';
  await chip.click();
  await expect(newtab.saveStatus).toHaveText(savedLine(words));
  await expect(newtab.row(words)).toHaveClass(/\bfresh\b/);
});

test('under reduced motion a saved win is said, and arrives without a highlight', async ({
  openPopup,
  openNewTab,
}) => {
  for (const wins of [new PopupPage(await openPopup()), new NewTabPage(await openNewTab())]) {
    await wins.page.emulateMedia({ reducedMotion: 'reduce' });
    const text = `Quiet save ${wins instanceof PopupPage ? 'popup' : 'tab'}`;
    await saveAndHear(wins, text);
    await expect(wins.row(text)).toBeVisible();
    await expect(wins.row(text)).not.toHaveClass(/\bfresh\b/);
    await expect(wins.row(text)).not.toHaveAttribute('data-fresh');
  }
});

test('twelve wins show twelve quiet controls, one per row, each naming its win', async ({
  openNewTab,
  openPopup,
}) => {
  const newtab = new NewTabPage(await openNewTab());
  const texts = Array.from({ length: 12 }, (_, i) => `Small thing ${i + 1}`);
  await newtab.addWinsAndWait(...texts);
  await expect(newtab.todayList.getByRole('button')).toHaveCount(12);
  for (const text of texts) {
    await expect(newtab.row(text).getByRole('button')).toHaveCount(1);
    await expect(moreButton(newtab.page, text)).toHaveAttribute('aria-expanded', 'false');
  }
  // The popup's rows (the latest three) are for reading: no controls at all.
  const popup = new PopupPage(await openPopup());
  await expect(popup.todayItems).toHaveCount(3);
  await expect(popup.page.getByRole('link', { name: '+ 9 more today' })).toBeVisible();
  await expect(popup.todayList.getByRole('button')).toHaveCount(0);
});

/** Presses Tab until the focused element has this accessible name (at most a few times). */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (label === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

test('Proud, Edit, Delete and Undo work by keyboard alone, and proud is said and stays warm', async ({
  openNewTab,
}) => {
  const newtab = new NewTabPage(await openNewTab());
  await newtab.addWinsAndWait('Made tea', 'Called Mum');
  const page = newtab.page;
  const undoBar = page.locator('.undo-bar');

  // Proud: the row's one button, Enter, Tab to Proud, Enter.
  await moreButton(page, 'Called Mum').focus();
  await page.keyboard.press('Enter');
  await expect(moreButton(page, 'Called Mum')).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, 'Proud of this: Called Mum');
  await page.keyboard.press('Enter');
  await expect(undoBar).toHaveText(say(en, 'proudMarkedStatus'));
  const row = newtab.row('Called Mum');
  await expect(row).toHaveClass(/\bproud\b/);
  await expect(row).toHaveClass(/\bglow\b/);
  await expect(page.getByRole('button', { name: 'Proud of this: Called Mum' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Escape closes, focus goes back, and at rest the row is warm with a star that is no button.
  await page.keyboard.press('Escape');
  await expect(moreButton(page, 'Called Mum')).toBeFocused();
  await expect(moreButton(page, 'Called Mum')).toHaveAttribute('aria-expanded', 'false');
  await expect(row.locator('.proud-mark')).toHaveText(/★/);
  await expect(row.getByRole('button')).toHaveCount(1);
  const ground = await row.evaluate((e) => getComputedStyle(e).backgroundColor);
  const plain = await newtab.row('Made tea').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(ground).not.toBe(plain);

  // Edit: open, Tab to Edit, Enter, type, Enter; focus returns to the row.
  await moreButton(page, 'Made tea').focus();
  await page.keyboard.press('Enter');
  await tabTo(page, 'Edit “Made tea”');
  await page.keyboard.press('Enter');
  const edit = page.getByRole('textbox', { name: 'Edit win' });
  await expect(edit).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Made green tea');
  await page.keyboard.press('Enter');
  await expect(newtab.todayTexts).toHaveText(['Called Mum', 'Made green tea']);
  await expect(moreButton(page, 'Made green tea')).toBeFocused();

  // Delete, then Undo, without the mouse.
  await page.keyboard.press('Enter');
  await tabTo(page, 'Delete “Made green tea”');
  await page.keyboard.press('Enter');
  await expect(newtab.todayTexts).toHaveText(['Called Mum']);
  const undo = page.getByRole('button', { name: 'Undo deleting “Made green tea”' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(newtab.todayTexts).toHaveText(['Called Mum', 'Made green tea']);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`quiet rows, a proud row and open actions pass axe (${theme})`, async ({ openNewTab }) => {
      const newtab = new NewTabPage(await openNewTab());
      await newtab.addWinsAndWait('Made tea #calm', 'Called Mum');
      await showActions(newtab.page, 'Called Mum');
      await newtab.page.getByRole('button', { name: 'Proud of this: Called Mum' }).click();
      await expect(newtab.row('Called Mum')).toHaveClass(/\bproud\b/);
      await showActions(newtab.page, 'Made tea #calm');
      expect(await seriousViolations(newtab.page)).toEqual([]);
    });
  });
}
