// A large import says how far it has come: first that the file is being read,
// then "Importing… n of total" as its chunks go in, then what came in; and the
// page keeps answering while it runs. (How fast is the benchmark's to say.)
import { backupDocument } from '../../scripts/lib/backup-doc';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

const COUNT = 20_000;

test('a large import shows its progress from reading the file to the last win', async ({
  openOptions,
}) => {
  test.setTimeout(120_000);
  const options = new OptionsPage(await openOptions());
  await options.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('.import [role="status"]')) {
        // The region under the field is there, empty, before anything is said.
        const text = status.textContent ?? '';
        if (text !== '' && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const day = new Date(2025, 4, 1, 9);
  const wins = Array.from({ length: COUNT }, (_, i) => ({
    id: `many-${i}`,
    text: `Win number ${i}`,
    date: new Date(day.getTime() + i * 60_000),
  }));
  await options.importFile('backup.json', JSON.stringify(backupDocument(wins)));
  // The page answers while the wins go in: the site field takes typing.
  await expect(options.page.getByText(/^Importing… [\d,]+ of 20,000$/)).toBeVisible();
  await options.siteField.fill('still answering');
  await expect(options.siteField).toHaveValue('still answering');
  await expect(options.status).toContainText('Imported: 20,000 wins', { timeout: 90_000 });

  const seen = await options.page.evaluate(
    () => (window as unknown as { __seen: string[] }).__seen,
  );
  expect(seen[0]).toBe('Reading your backup…');
  const steps = seen
    .map((s) => /^Importing… ([\d,]+) of 20,000$/.exec(s)?.[1])
    .filter((n): n is string => n !== undefined)
    .map((n) => Number(n.replace(/,/g, '')));
  expect(steps.length).toBeGreaterThan(3);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  expect(steps.at(-1)).toBeLessThanOrEqual(COUNT);
});
