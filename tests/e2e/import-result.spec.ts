// An import says what it brought right where it was asked for: under the
// import field, in view, in a live region that was there before the words
// came (so it is announced), and not in the page's status line far above.
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

test('the result of an import shows in view, right under the field that was used, and is announced', async ({
  openOptions,
}) => {
  const options = new OptionsPage(await openOptions());
  const field = options.importField;
  await field.scrollIntoViewIfNeeded();
  // The live region waits, empty, under the field before anything is imported.
  const said = options.page.locator('.import').getByRole('status');
  await expect(said).toHaveCount(1);
  await expect(said).toHaveText('');

  await field.setInputFiles('tests/fixtures/backup-v1.json');
  // (Its words are the import's to choose; here only where they are said.)
  await expect(said).toHaveText(/\S/);
  await expect(said).toBeInViewport();
  const fieldBox = await field.boundingBox();
  const saidBox = await said.boundingBox();
  if (!fieldBox || !saidBox) throw new Error('the field and its result are on screen');
  // Below the field, within a few lines of it.
  expect(saidBox.y).toBeGreaterThanOrEqual(fieldBox.y + fieldBox.height);
  expect(saidBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(120);
  // Said once: the page's own status line stays quiet.
  await expect(options.page.locator('main > .status')).toHaveText('');
});
