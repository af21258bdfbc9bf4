// Real key presses on a real desktop: the suggested shortcut opens the
// toolbar popup with the cursor in the win field, and Ctrl+T opens the
// extension's new tab. Only an X key event reaches the browser's own
// accelerators; a page-level key press never does.
import type { browser } from 'wxt/browser';
import { expect, extensionWorker, test } from './fixtures';

declare const chrome: typeof browser;

test('pressing Alt+Shift+K opens the popup ready to type, and Enter saves the win', async ({
  context,
  x,
}) => {
  const worker = await extensionWorker(context);
  const popups = () =>
    worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).map((c) => c.documentUrl),
    );
  expect(
    await worker.evaluate(
      async () =>
        (await chrome.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut,
    ),
  ).toBe('Alt+Shift+K');
  expect(await popups()).toEqual([]);

  x('key', '--clearmodifiers', 'alt+shift+k');
  await expect.poll(popups).toEqual([expect.stringMatching(/\/popup\.html$/)]);
  // The popup is on screen once it takes the keyboard from the window; keys
  // pressed before that still go to the page, whatever the popup does. On a
  // busy desktop that can be a few hundred milliseconds after its document.
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.windows.getLastFocused()).focused))
    .toBe(false);

  // Typed straight away, with no click: the field has the keyboard focus.
  x('type', '--delay', '30', 'Drank water');
  x('key', 'Return');
  await expect
    .poll(() =>
      worker.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('small-wins');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const wins = await new Promise<{ text: string }[]>((resolve, reject) => {
          const request = db.transaction('wins').objectStore('wins').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        db.close();
        return wins.map((w) => w.text);
      }),
    )
    .toEqual(['Drank water']);

  // The popup stays open for the next win; Escape closes it.
  expect(await popups()).toHaveLength(1);
  x('key', 'Escape');
  await expect.poll(popups).toEqual([]);
});

test('Ctrl+T opens the Small Wins new tab', async ({ context, extensionId, x }) => {
  const [page] = await Promise.all([context.waitForEvent('page'), x('key', 'ctrl+t')]);
  await expect(page).toHaveURL(`chrome-extension://${extensionId}/newtab.html`);
  await expect(page).toHaveTitle('New tab · Small Wins');
  await expect(page.getByText(/^Nothing here yet, and that's fine/)).toBeVisible();
});
