// Safe on a shared screen: H on the new tab hides every personal text,
// leaving the date and how many wins today, and shows it again; set as the
// default it survives a reload from the first frame. A win kept private
// (carried by a backup) never comes back as "a win from the past" and is
// never told in the wrap-up.
import { backupDocument, daysAgo, winRecord, yearAgo } from '../../scripts/lib/backup-doc';
import { expect, test } from './fixtures';
import { installBrowserTime } from './pages/clock';
import { OptionsPage } from './pages/options';
import { showActions } from './pages/win-actions';

const PERSONAL = ['Ran 5k', 'Called my sister', 'Fixed the bike'];

test('H hides every personal text on the new tab, and the default survives a reload', async ({
  context,
  openNewTab,
  openOptions,
}) => {
  // A morning, so the card for the moment is the intention.
  await installBrowserTime(context, 10);
  const newtab = await openNewTab();
  const field = newtab.getByRole('textbox', { name: 'Add a win for today' });
  for (const text of PERSONAL) {
    await field.fill(text);
    await field.press('Enter');
    await expect(newtab.locator('.win-text', { hasText: text })).toBeVisible();
  }
  const intention = newtab.getByRole('textbox', {
    name: "What's one win you'd like to look back on today?",
  });
  await intention.fill('Finish the chapter');
  await newtab.getByRole('button', { name: 'Save intention' }).click();
  await expect(newtab.getByText(/^Saved\. It'll be here/)).toBeVisible();

  await newtab.locator('.date').click();
  await newtab.keyboard.press('h');
  for (const text of PERSONAL)
    await expect(newtab.locator('.win-text', { hasText: text })).toBeHidden();
  await expect(intention).toBeHidden();
  await expect(field).toBeHidden();
  await expect(newtab.getByText('3 wins today')).toBeVisible();
  await expect(newtab.locator('.date')).toBeVisible();
  const shown = await newtab.evaluate(() => document.body.innerText);
  for (const text of [...PERSONAL, 'Finish the chapter']) expect(shown).not.toContain(text);

  await newtab.keyboard.press('h');
  await expect(newtab.locator('.win-text', { hasText: 'Ran 5k' })).toBeVisible();
  await expect(newtab.getByText('3 wins today')).toBeHidden();

  const options = await openOptions();
  await options.getByRole('checkbox', { name: /personal text hidden/ }).check();
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await newtab.reload();
  // Hidden from the first frame: the first paint already holds today's list.
  expect(
    await newtab.evaluate(() => document.documentElement.classList.contains('screen-safe')),
  ).toBe(true);
  await expect(newtab.getByText('3 wins today')).toBeVisible();
  const afterReload = await newtab.evaluate(() => document.body.innerText);
  for (const text of [...PERSONAL, 'Finish the chapter']) expect(afterReload).not.toContain(text);
});

test('a win kept private never comes back from the past nor in the wrap-up, and starts unticked in Share', async ({
  openNewTab,
  openLookBack,
  openOptions,
}) => {
  const secretDate = yearAgo();
  const secret = { ...winRecord({ id: 's', text: 'Secret appointment', date: secretDate }) };
  const doc = backupDocument([{ id: 'a', text: 'Walked to the lake', date: daysAgo(400) }], {
    version: 3,
  });
  doc.wins.push({ ...secret, proud: true, private: true } as (typeof doc.wins)[number]);
  const options = await openOptions();
  await new OptionsPage(options).importBackup(doc);

  const lookBack = await openLookBack();
  const past = lookBack.getByRole('region', { name: 'From the past' });
  await expect(past).toContainText('Walked to the lake');
  expect(await lookBack.evaluate(() => document.body.innerText)).not.toContain(
    'Secret appointment',
  );

  const year = await options.context().newPage();
  await year.goto(
    options.url().replace('options.html', `review.html?year=${secretDate.getFullYear()}`),
  );
  await expect(year.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(year.locator('main')).toContainText('win');
  expect(await year.locator('main').innerText()).not.toContain('Secret appointment');

  // Share starts with it unticked (and it can be ticked back).
  const day = secret.day;
  await year.goto(options.url().replace('options.html', `share.html?from=${day}&to=${day}`));
  const box = year.getByRole('checkbox', { name: 'Secret appointment' });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(box).toBeChecked();

  // Marked on the new tab too: today's private win stays out of the wrap-up.
  const newtab = await openNewTab();
  const field = newtab.getByRole('textbox', { name: 'Add a win for today' });
  await field.fill('Private call');
  await field.press('Enter');
  await showActions(newtab, 'Private call');
  await newtab.getByRole('button', { name: 'Keep private: Private call' }).click();
  await expect(newtab.getByRole('button', { name: 'Keep private: Private call' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await year.goto(options.url().replace('options.html', 'review.html'));
  await expect(year.locator('main')).toContainText('win');
  expect(await year.locator('main').innerText()).not.toContain('Private call');
});
