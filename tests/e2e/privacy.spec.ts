// The privacy policy ships inside the extension: the options page links to
// the bundled copy, which opens with no network request.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('the options page opens the privacy policy bundled with the extension', async ({
  openOptions,
  context,
}) => {
  const options = await openOptions();
  const [policy] = await Promise.all([
    context.waitForEvent('page'),
    options.getByRole('link', { name: 'How Small Wins keeps your data' }).click(),
  ]);
  await policy.waitForLoadState();
  expect(policy.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/privacy\.txt$/);
  await expect(policy.locator('body')).toContainText(
    "Small Wins uses the browser's sync only if you turn on",
  );
  expect(await policy.locator('body').innerText()).toBe(readFileSync('PRIVACY.md', 'utf8'));
});
