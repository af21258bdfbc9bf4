// In Firefox ESR: "Your year" reads a seeded year as sentences of effort, a
// win marked proud on the new tab is gathered there, and sharing leaves an
// unticked win out of the copied text, the Markdown file and the print view.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { backupDocument } from '../../scripts/lib/backup-doc';
import { newTempDir } from '../../scripts/lib/firefox';
import { expect, test } from './fixtures';
import { byRole, find } from './pages/common';
import { Options } from './pages/options';
import { showActions } from './pages/win-rows';

const SEED = [
  { id: 'a', text: 'Walked to the lake', date: new Date(2025, 2, 3, 9) },
  { id: 'b', text: 'Called grandma', date: new Date(2025, 2, 3, 18) },
  { id: 'c', text: 'Private appointment', date: new Date(2025, 2, 10, 9) },
  { id: 'd', text: 'Finished the quilt', date: new Date(2025, 5, 10, 9) },
];

const mainText = (page: Page) =>
  page.evaluate(() => document.querySelector('main')?.innerText ?? '');

test('a seeded year reads as sentences of effort', async ({ ff }) => {
  const options = await Options.open(ff);
  const file = join(newTempDir('seed'), 'seed.json');
  writeFileSync(file, JSON.stringify(backupDocument(SEED)));
  await options.importFile(file);
  await expect.poll(() => options.status()).toMatch(/^Imported: 4 wins/);

  const year = await ff.openExt('review.html?year=2025&view=all');
  await expect.poll(() => mainText(year)).toContain('Your 2025 in small wins');
  const text = await mainText(year);
  for (const sentence of [
    'You kept showing up: 3 days with a win.',
    'You had a win on 3 days.',
    'You noted 4 small wins.',
    'March held the most wins: 3.',
    'March: 3 wins',
    'June: one win',
  ]) {
    expect(text).toContain(sentence);
  }
  expect(text).not.toMatch(/April|without|missed|failed/i);
});

test('a win marked proud on the new tab is gathered in Your year', async ({ ff }) => {
  const newtab = await ff.openExt('newtab.html');
  const field = await find(newtab, byRole('textbox', 'Add a win for today'));
  await field.type('Ran 5k');
  await field.press('Enter');
  await showActions(newtab, 'Ran 5k');
  const toggle = await find(newtab, byRole('button', 'Proud of this: Ran 5k'));
  expect(await toggle.evaluate((el) => el.getAttribute('aria-pressed'))).toBe('false');
  await toggle.click();
  await expect
    .poll(() => newtab.$eval('button.proud', (el) => el.getAttribute('aria-pressed')))
    .toBe('true');

  const year = await ff.openExt('review.html');
  await expect
    .poll(() => year.$$eval('.proud-wins .win-text', (els) => els.map((e) => e.textContent)))
    .toEqual(['Ran 5k']);
});

test('an unticked win is in no output: copy, Markdown or print', async ({ ff, downloadDir }) => {
  const options = await Options.open(ff);
  const file = join(newTempDir('seed'), 'seed.json');
  writeFileSync(file, JSON.stringify(backupDocument(SEED)));
  await options.importFile(file);
  await expect.poll(() => options.status()).toMatch(/^Imported: 4 wins/);

  const share = await ff.openExt('share.html?from=2025-03-01&to=2025-03-31');
  await find(share, byRole('checkbox', 'Private appointment'));
  expect(await share.$$eval('input[type=checkbox]', (els) => els.length)).toBe(3);
  await (await find(share, byRole('checkbox', 'Private appointment'))).click();
  await expect
    .poll(() => share.$eval('[role=status]', (el) => el.textContent))
    .toBe('2 of 3 wins chosen.');

  // Keep a copy of what the page hands the clipboard (the real write still happens).
  await share.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    (window as unknown as { copied: string[] }).copied = [];
    clipboard.writeText = (text: string) => {
      (window as unknown as { copied: string[] }).copied.push(text);
      return write(text);
    };
  });
  await (await find(share, byRole('button', 'Copy'))).click();
  await expect
    .poll(() => share.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? ''))
    .toContain('Walked to the lake');
  const copied = await share.evaluate(() => (window as unknown as { copied: string[] }).copied[0]);
  expect(copied).not.toContain('Private appointment');

  await (await find(share, byRole('button', 'Save as Markdown'))).click();
  let saved = '';
  await expect
    .poll(() => {
      const name = readdirSync(downloadDir).find((n) => n.endsWith('.md'));
      saved = name ? join(downloadDir, name) : '';
      return saved !== '' && existsSync(saved) && statSync(saved).size > 0;
    })
    .toBe(true);
  const markdown = readFileSync(saved, 'utf8');
  expect(markdown).toContain('Called grandma');
  expect(markdown).not.toContain('Private appointment');

  // Puppeteer over WebDriver BiDi cannot emulate print media: apply the page's
  // own print rules as plain styles, as printing would.
  await share.evaluate(() => {
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) {
          const style = document.createElement('style');
          style.textContent = [...rule.cssRules].map((r) => r.cssText).join('\n');
          document.head.append(style);
        }
      }
    }
  });
  const shown = await share.evaluate(() =>
    [...document.querySelectorAll('.share-list li, button, input')]
      .filter((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent)
      .map((el) => (el as HTMLElement).innerText || el.tagName),
  );
  expect(shown).toEqual(['Walked to the lake', 'Called grandma']);
});
