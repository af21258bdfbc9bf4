// The pin hint names the menus of the browser it runs in: Firefox's user
// agent is told apart from Chromium's, Chrome's and Edge's.
import { describe, expect, it } from 'vitest';
import { browserFamily } from '@/utils/core/browser-family';

describe('the browser a page runs in', () => {
  it('is Firefox for Firefox ESR and its forks', () => {
    expect(
      browserFamily('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0'),
    ).toBe('firefox');
    expect(
      browserFamily(
        'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 LibreWolf/128.0',
      ),
    ).toBe('firefox');
  });

  it('is Chromium for Chromium, Chrome and Edge', () => {
    const chrome =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
    expect(browserFamily(chrome)).toBe('chromium');
    expect(browserFamily(`${chrome} Edg/156.0.0.0`)).toBe('chromium');
    expect(browserFamily(chrome.replace('Chrome/', 'HeadlessChrome/'))).toBe('chromium');
  });
});
