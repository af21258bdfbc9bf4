// The browser's language picks the extension's language; the popup shows the
// keyboard shortcut the browser actually bound.
import { extensionIdOf, launchWithExtension, newProfileDir } from '../support/chromium';
import { expect, test } from './fixtures';

test('English by default, with the shortcut shown in the popup', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('textbox', { name: "What's your win?" })).toBeVisible();
  await expect(popup.getByText('Shortcut: Alt+Shift+W')).toBeVisible();
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
});

test('Spanish when it is the browser language', async ({ sites }) => {
  const context = await launchWithExtension({
    profileDir: newProfileDir(),
    sitesPort: sites.port,
    env: { LANGUAGE: 'es', LANG: 'es_ES.UTF-8' },
  });
  try {
    const id = await extensionIdOf(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    const field = popup.getByRole('textbox', { name: '¿Cuál es tu logro?' });
    await expect(field).toBeFocused();
    await expect(popup.getByText('Atajo: Alt+Shift+W')).toBeVisible();
    await field.fill('Bebí agua');
    await field.press('Enter');
    await expect(popup.getByRole('status')).toHaveText('Guardado: Bebí agua. ¡Bien hecho!');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
    const newtab = await context.newPage();
    await newtab.goto('chrome://newtab/');
    await expect(newtab.getByRole('list', { name: 'Logros de hoy' })).toHaveText(/Bebí agua/);
    await expect(newtab).toHaveTitle('Nueva pestaña · Small Wins');
  } finally {
    await context.close();
  }
});
