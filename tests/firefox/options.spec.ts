// In Firefox ESR: adding a limited site asks for host access inside the click
// itself (Firefox refuses a request made after an await), and the access is
// really granted for that one site.
import { expect, test } from './fixtures';
import { Options } from './pages/options';

test('adding a site asks Firefox for access to that site alone and gets it', async ({ ff }) => {
  const options = await Options.open(ff);
  const hasAccess = (origin: string) =>
    options.page.evaluate(
      (o) =>
        (
          globalThis as unknown as {
            browser: { permissions: { contains(p: object): Promise<boolean> } };
          }
        ).browser.permissions.contains({ origins: [o] }),
      origin,
    );
  expect(await hasAccess('*://*.example.com/*')).toBe(false);

  await options.limitSite('example.com', 30);
  expect(await options.alert()).toBeUndefined();
  await expect.poll(() => options.limitedSites()).toEqual([expect.stringContaining('example.com')]);
  expect(await hasAccess('*://*.example.com/*')).toBe(true);
  expect(await hasAccess('*://*.example.org/*')).toBe(false);
});
