// On the pages the first-paint script draws, the app's module is neither run
// nor preloaded with the page: the first-paint script is told which module to
// start after the first frame. Other pages keep their module tag untouched.
import { describe, expect, it } from 'vitest';
import { appAfterFirstPaint } from '../../../scripts/lib/vite-app-after-paint';

const MODULE = '<script type="module" crossorigin src="/chunks/popup-1.js"></script>';
const FIRST_PAINT = '<script src="/first-paint.js"></script>';
const page = (head: string, body: string) =>
  `<html><head>${head}</head><body><div id="app"></div>${body}</body></html>`;

describe('starting the app after the first frame', () => {
  it('hands the module to the first-paint script, with nothing fetched before it', () => {
    const html = appAfterFirstPaint(page(MODULE, FIRST_PAINT));
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<script src="/first-paint.js" data-app="/chunks/popup-1.js"></script>');
  });

  it('leaves a page without the first-paint script as it was', () => {
    const html = page(MODULE, '');
    expect(appAfterFirstPaint(html)).toBe(html);
  });

  it('leaves a page without a module as it was', () => {
    const html = page('', FIRST_PAINT);
    expect(appAfterFirstPaint(html)).toBe(html);
  });
});
