// The person's own questions on the new tab: written on the options page,
// asked in the morning's card and over the evening recap; the built-in ones
// come back when the boxes are emptied.
import { expect, test } from './fixtures';
import { installBrowserTime } from './pages/clock';

test("the person's own morning and evening questions are asked on the new tab", async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  await options.getByLabel('Morning questions').fill('What would make today good?');
  await options.getByLabel('Evening questions').fill('Who made me laugh today?');
  await options.getByRole('button', { name: 'Save questions' }).click();
  await expect(options.getByRole('status').first()).toHaveText('Your questions are saved.');

  const newtab = await context.newPage();
  const recapUrl = options.url().replace('options.html', 'newtab.html?recap=nudge');
  const morningUrl = options.url().replace('options.html', 'newtab.html');
  await newtab.goto(recapUrl);
  await expect(newtab.getByRole('heading', { name: 'Who made me laugh today?' })).toBeVisible();
  // A morning: the card for the moment is the intention.
  await installBrowserTime(context, 9);
  await newtab.goto(morningUrl);
  await expect(newtab.getByRole('textbox', { name: 'What would make today good?' })).toBeVisible();

  await options.getByLabel('Morning questions').fill('');
  await options.getByLabel('Evening questions').fill('');
  await options.getByRole('button', { name: 'Save questions' }).click();
  await newtab.goto(morningUrl);
  await expect(
    newtab.getByRole('textbox', { name: "What's one win you'd like to look back on today?" }),
  ).toBeVisible();
  await newtab.goto(recapUrl);
  await expect(
    newtab.getByRole('heading', { name: 'Three things that went well today' }),
  ).toBeVisible();
});
