// The store listing is complete in every shipped language: each picture at the
// exact size the stores ask for (read from the PNG's header), and the words
// generated from that language's messages (run `npm run store` after editing them).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  listingMarkdown,
  locales,
  messagesOf,
  PICTURES,
  pngSize,
} from '../../../scripts/lib/listing';

describe.each(locales())('the %s listing', (lang) => {
  const t = messagesOf(lang);

  it.each(Object.entries(PICTURES))('has %s at its exact size', (file, size) => {
    const path = `store/${lang}/${file}`;
    expect(existsSync(path), `${path} (run npm run store)`).toBe(true);
    expect(pngSize(readFileSync(path))).toEqual(size);
  });

  it('has its words, generated from the current messages', () => {
    expect(readFileSync(`store/${lang}/listing.md`, 'utf8')).toBe(listingMarkdown(lang));
  });

  it('has a Chrome summary of at most 132 characters and a Firefox one of at most 250', () => {
    expect([...t('storeSummary')].length).toBeLessThanOrEqual(132);
    expect([...t('storeFirefoxSummary')].length).toBeLessThanOrEqual(250);
  });

  it('says in the Firefox summary that the new tab shows today’s wins', () => {
    // storeNewTab's first sentence, without the name: "replaces your new tab with today's wins".
    const replaces = (t('storeNewTab').split('.')[0] ?? '').replace(t('extName'), '').trim();
    expect(replaces.length).toBeGreaterThan(10);
    expect(t('storeFirefoxSummary').toLowerCase()).toContain(replaces.toLowerCase());
  });

  it('states a single purpose and a description', () => {
    expect(t('storePurpose').length).toBeGreaterThan(40);
    expect(t('storeDescription').length).toBeGreaterThan(200);
  });
});

it('a picture of the wrong size is told apart by its header', () => {
  const header = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(1279, 16);
  header.writeUInt32BE(800, 20);
  expect(pngSize(header)).not.toEqual(PICTURES['2-newtab.png']);
  expect(() => pngSize(Buffer.from('not a picture at all, not at all'))).toThrow('not a PNG');
});
