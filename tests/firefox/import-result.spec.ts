// In Firefox ESR too, an import says what it brought right under the import
// field, in view and in a live region that was there before the words came,
// not in the page's status line far above.
import { expect, test } from './fixtures';
import { find } from './pages/common';
import { Options } from './pages/options';

test('the result of an import shows in view, right under the field that was used, and is announced', async ({
  ff,
}) => {
  const options = await Options.open(ff);
  const field = await find(options.page, 'input#import[type=file]');
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const region = () =>
    options.page.$eval('.import [role=status]', (el) => (el.textContent ?? '').trim());
  // The live region waits, empty, under the field before anything is imported.
  expect(await region()).toBe('');

  await options.importFile('tests/fixtures/backup-v1.json');
  await expect.poll(region).not.toBe('');
  const place = await options.page.evaluate(() => {
    const input = document.querySelector('#import') as HTMLElement;
    const said = document.querySelector('.import [role=status]') as HTMLElement;
    const a = input.getBoundingClientRect();
    const b = said.getBoundingClientRect();
    return {
      below: b.top >= a.bottom,
      gap: b.top - a.bottom,
      inView: b.top >= 0 && b.bottom <= window.innerHeight,
      pageStatus: (document.querySelector('main > .status')?.textContent ?? '').trim(),
    };
  });
  expect(place).toMatchObject({ below: true, inView: true, pageStatus: '' });
  expect(place.gap).toBeLessThan(120);
});
