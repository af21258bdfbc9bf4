// A page's own stylesheets go into its HTML as <style> at build time, so its
// first paint waits on no stylesheet file: each <link rel="stylesheet"> is a
// render-blocking request, and the first-paint script (a classic script) may
// not run until every one has arrived. Measured with `npm run bench` and a
// trace: the popup's three links kept its first paint waiting on three
// extension file reads. Inline <style> is allowed by the MV3 CSP (only
// scripts are restricted). The CSS files stay in the build: chunks loaded
// later still ask for theirs by file. Each inlined link stays behind as a
// `disabled` link, which no browser fetches or applies, so that Vite's loader
// for those chunks finds it (it looks for `link[href=…][rel=stylesheet]`) and
// does not append the same file again after the page's own rules.
import type { Plugin } from 'vite';

const LINK = /[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?/g;

/**
 * The page with each stylesheet link whose file `cssOf` knows replaced by a
 * <style> holding that file, in the same place (so the cascade is unchanged),
 * and the link itself kept, disabled, as a marker.
 * Links to files it does not know stay as they are.
 */
export function inlineStylesheets(html: string, cssOf: (href: string) => string | undefined) {
  return html.replace(LINK, (link) => {
    const href = link.match(/\bhref="([^"]+)"/)?.[1];
    const css = href === undefined ? undefined : cssOf(href);
    if (css === undefined) return link;
    if (/<\/style/i.test(css)) throw new Error(`${href} cannot be inlined: it holds "</style"`);
    const indent = link.match(/^[ \t]*/)?.[0] ?? '';
    const marker = link.trim().replace(/\s*\/?>$/, ' disabled>');
    return `${indent}<style>${css.trim()}</style>\n${indent}${marker}\n`;
  });
}

export function inlineCss(): Plugin {
  return {
    name: 'small-wins:inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return inlineStylesheets(html, (href) => {
          const asset = bundle[href.replace(/^\//, '')];
          if (asset?.type !== 'asset' || !href.endsWith('.css')) return undefined;
          return typeof asset.source === 'string'
            ? asset.source
            : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}
