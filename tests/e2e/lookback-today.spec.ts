// Today's list on the new tab over time: deletes undone one by one, the turn
// to a new day with no reload, and search on the Look back page across 50,000
// wins a page at a time.
import { expect, test } from './fixtures';
import { installBrowserTime } from './pages/clock';
import { showActions } from './pages/win-actions';

test('deleting two wins in a row keeps each one undoable, named', async ({ openNewTab }) => {
  const newtab = await openNewTab();
  const field = newtab.getByRole('textbox', { name: 'Add a win for today' });
  const today = newtab.getByRole('list', { name: /Today/ });
  for (const text of ['First', 'Second', 'Third']) {
    await field.fill(text);
    await field.press('Enter');
    await expect(today.locator('.win-text').first()).toHaveText(text);
  }
  await showActions(newtab, 'First');
  await newtab.getByRole('button', { name: 'Delete “First”' }).click();
  await showActions(newtab, 'Second');
  await newtab.getByRole('button', { name: 'Delete “Second”' }).click();
  await expect(today.locator('.win-text')).toHaveText(['Third']);
  await expect(newtab.getByText('Deleted “First”.')).toBeVisible();
  await expect(newtab.getByText('Deleted “Second”.')).toBeVisible();

  await newtab.getByRole('button', { name: 'Undo deleting “First”' }).click();
  await expect(today.locator('.win-text')).toHaveText(['Third', 'First']);
  await newtab.getByRole('button', { name: 'Undo deleting “Second”' }).click();
  await expect(today.locator('.win-text')).toHaveText(['Third', 'Second', 'First']);
  await expect(newtab.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

test('the new tab turns to the new day by itself when the day starts', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // 23:59 of the browser's own day, in its own zone (not the test process's).
  await installBrowserTime(page, 23, 59);
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  const field = page.getByRole('textbox', { name: 'Add a win for today' });
  await field.fill('Late win');
  await field.press('Enter');
  const today = page.getByRole('list', { name: /Today/ });
  await expect(today.locator('.win-text')).toHaveText(['Late win']);
  const evening = await page.locator('.date').textContent();

  await page.clock.fastForward('02:00');
  await expect(page.getByText(/Even a glass of water counts/)).toBeVisible({ timeout: 5_000 });
  await expect(today).toHaveCount(0);
  await expect(page.locator('.date')).not.toHaveText(evening ?? '');
});

test('searching 50,000 wins shows results a page at a time', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/lookback.html`);
  await expect(page.getByText(/^Nothing to look back on yet, and that's fine\./)).toBeVisible();
  // Seed straight into the extension's database, as the benchmark does.
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('small-wins');
        open.onsuccess = () => {
          const tx = open.result.transaction('wins', 'readwrite');
          const store = tx.objectStore('wins');
          const start = new Date();
          for (let i = 0; i < count; i++) {
            const d = new Date(
              start.getFullYear(),
              start.getMonth(),
              start.getDate() - (i % 700),
              12,
            );
            const pad = (n: number) => String(n).padStart(2, '0');
            store.put({
              id: `seed-${i}`,
              text: `A small win ${i} #bench`,
              day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
              at: d.getTime() + (i % 3600) * 1000,
              kind: 'win',
              tags: ['bench'],
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    50_000,
  );
  await page.reload();
  await expect(page.getByRole('grid', { name: 'A year of days' })).toBeVisible();
  await page.waitForTimeout(1_000);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });

  const search = page.getByRole('region', { name: 'Search your wins' });
  const box = page.getByRole('searchbox', { name: 'Search wins' });
  await box.pressSequentially('a', { delay: 50 });
  await expect(search.getByRole('status')).toHaveText('Wins found: 50,000');
  await box.pressSequentially(' sm', { delay: 50 });
  await expect(search.getByRole('status')).toHaveText('Wins found: 50,000');
  await expect(search.locator('.win')).toHaveCount(100);
  await search.getByRole('button', { name: /^Show 100 more/ }).click();
  await expect(search.locator('.win')).toHaveCount(200);
  await page.waitForTimeout(500);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  // Recorded, not asserted: speed is held by the benchmark, not by a timed test.
  test.info().annotations.push({ type: 'longest task ms', description: String(longest) });
});
