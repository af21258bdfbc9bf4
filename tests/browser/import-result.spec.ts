// An import says what it brought right where it was asked for, in Chromium
// and Firefox alike: under the import field, in view, in a live region that
// was there before the words came (so it is announced), and not in the
// page's status line far above.
import { expect, test } from './fixtures';
import { OptionsView } from './pages/options';

test('the result of an import shows in view, right under the field that was used, and is announced', async ({
  app,
}) => {
  const options = await OptionsView.open(app);
  const { tab } = options;
  await tab.evaluate(
    () => document.querySelector('#import')?.scrollIntoView({ block: 'center' }),
    null,
  );
  const said = () =>
    tab.evaluate(() => {
      const regions = document.querySelectorAll('.import [role=status]');
      return { count: regions.length, text: (regions[0]?.textContent ?? '').trim() };
    }, null);
  // The live region waits, empty, under the field before anything is imported.
  await expect.poll(said).toEqual({ count: 1, text: '' });

  await options.importFile('tests/fixtures/backup-v1.json');
  // (Its words are the import's to choose; here only where they are said.)
  await expect.poll(async () => (await said()).text).toMatch(/\S/);
  const place = await tab.evaluate(() => {
    const field = (document.querySelector('#import') as HTMLElement).getBoundingClientRect();
    const region = (
      document.querySelector('.import [role=status]') as HTMLElement
    ).getBoundingClientRect();
    return {
      below: region.top >= field.bottom,
      gap: region.top - field.bottom,
      inView: region.top >= 0 && region.bottom <= window.innerHeight,
      pageStatus: (document.querySelector('main > .status')?.textContent ?? '').trim(),
    };
  }, null);
  // Below the field, within a few lines of it, in view; said once.
  expect(place).toMatchObject({ below: true, inView: true, pageStatus: '' });
  expect(place.gap).toBeLessThan(120);
});
