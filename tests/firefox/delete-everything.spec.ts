// "Delete everything" in Firefox ESR gives back every permission the person
// granted along the way (saving files for daily backups, notifications, a
// limited site's host access), and says plainly what it cannot delete: the
// backup files already saved, and where they are.
import { expect, test } from './fixtures';
import { byRole, find } from './pages/common';
import { Options } from './pages/options';

type Held = { permissions: string[]; origins: string[] };

/** What Firefox holds for the extension, asked from one of its pages. */
const held = (options: Options) =>
  options.page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { permissions: { getAll(): Promise<Held> } } })
      .browser;
    const all = await api.permissions.getAll();
    return { permissions: [...all.permissions].sort(), origins: [...all.origins].sort() };
  });

test('deleting everything gives back the permissions granted and says where saved backups stay', async ({
  ff,
}) => {
  const options = await Options.open(ff);
  await options.limitSite('example.org', 30); // a site outside the test build's own hosts
  await (await find(options.page, byRole('checkbox', 'Save a backup every day'))).click();
  await expect.poll(() => options.status()).toContain('Daily backups are on');
  await (await find(options.page, byRole('checkbox', 'Also a gentle notification'))).click();
  await expect
    .poll(async () => (await held(options)).permissions)
    .toEqual(expect.arrayContaining(['downloads', 'notifications']));
  expect((await held(options)).origins).toContain('*://*.example.org/*');

  await options.deleteEverything({ confirm: true });
  await expect.poll(() => options.status()).toMatch(/Everything was deleted/);
  expect(await options.status()).toMatch(
    /can't delete files already saved on your computer: daily backups stay in the folder “Small Wins backups” in your downloads folder \(named like small-wins-\d{4}-\d{2}-\d{2}\.json\)/,
  );
  const after = await held(options);
  expect(after.permissions).not.toContain('downloads');
  expect(after.permissions).not.toContain('notifications');
  expect(after.origins).not.toContain('*://*.example.org/*');
});
