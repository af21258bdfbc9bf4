// A page's own stylesheets are written into its HTML at build time, where
// they stood, so its first paint waits on no stylesheet file; the link stays
// behind disabled, so a chunk loaded later does not add the same file again.
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { inlineCss, inlineStylesheets } from '../../../scripts/lib/vite-inline-css';

const PAGE = `<html>
  <head>
    <style>html { background: #faf7f2; }</style>
    <script type="module" crossorigin src="/chunks/popup-1.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/format-1.css">
    <link rel="stylesheet" crossorigin href="/assets/popup-1.css">
  </head>
  <body><div id="app"></div><script src="/first-paint.js"></script></body>
</html>`;

const FILES: Record<string, string> = {
  '/assets/format-1.css': ':root{--bg:#faf7f2}\n',
  '/assets/popup-1.css': 'body{width:360px}',
};

describe('inlining a page’s stylesheets', () => {
  it('puts each file in a <style> where its link stood, in the same order', () => {
    const html = inlineStylesheets(PAGE, (href) => FILES[href]);
    const at = (s: string) => html.indexOf(s);
    expect(at('<style>:root{--bg:#faf7f2}</style>')).toBeGreaterThan(at('popup-1.js'));
    expect(at('<style>body{width:360px}</style>')).toBeGreaterThan(at(':root{--bg'));
    expect(at('<style>body{width:360px}</style>')).toBeLessThan(at('</head>'));
  });

  it('leaves no stylesheet to fetch, only disabled markers for the chunk loader', () => {
    const html = inlineStylesheets(PAGE, (href) => FILES[href]);
    const links = html.match(/<link[^>]*>/g) ?? [];
    expect(links).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/format-1.css" disabled>',
      '<link rel="stylesheet" crossorigin href="/assets/popup-1.css" disabled>',
    ]);
    // What Vite's loader asks before it adds a chunk's stylesheet.
    expect(html).toMatch(/<link rel="stylesheet"[^>]*href="\/assets\/format-1.css"/);
  });

  it('keeps a link to a file it does not know, and refuses CSS that would end the element', () => {
    expect(inlineStylesheets(PAGE, () => undefined)).toBe(PAGE);
    expect(() => inlineStylesheets(PAGE, () => 'a::after{content:"</style>"}')).toThrow(
      /cannot be inlined/,
    );
  });

  it('reads the files from the built bundle, as text or bytes', () => {
    const hook = inlineCss().transformIndexHtml as {
      handler: (html: string, ctx: IndexHtmlTransformContext) => string;
    };
    const bundle = {
      'assets/format-1.css': { type: 'asset', source: FILES['/assets/format-1.css'] },
      'assets/popup-1.css': {
        type: 'asset',
        source: new TextEncoder().encode(FILES['/assets/popup-1.css']),
      },
    } as unknown as IndexHtmlTransformContext['bundle'];
    const html = hook.handler(PAGE, { path: '/popup.html', filename: 'popup.html', bundle });
    expect(html).toContain('<style>:root{--bg:#faf7f2}</style>');
    expect(html).toContain('<style>body{width:360px}</style>');
    expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)/);
  });
});
