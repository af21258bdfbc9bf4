// Every page of the extension opens with the same head: UTF-8, the viewport,
// both colour schemes, and the house background painted before any script or
// stylesheet arrives (so no page flashes white in dark mode). It lives here
// once; each entrypoint's index.html holds only what is its own: its title
// and manifest options (which WXT reads from the file), then its body.
import type { Plugin } from 'vite';

const SHELL = `<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <style>
      html { background: #faf7f2; color: #2b2a28; }
      @media (prefers-color-scheme: dark) { html { background: #1b1d1c; color: #ecebe7; } }
    </style>`;

/** A page written as title and meta lines, then its body, as a whole document. */
export function withShell(page: string): string {
  const body = page.search(/^\s*<(?!title|meta|html|!)[a-z]/m);
  const top = page.search(/<html[^>]*>/);
  if (top < 0 || body < 0 || /<head[\s>]/.test(page)) {
    throw new Error('An extension page is written as <html>, title and meta lines, then its body');
  }
  const open = page.indexOf('>', top) + 1;
  const end = page.lastIndexOf('</html>');
  if (end < body) throw new Error('An extension page ends with </html>');
  const head = page.slice(open, body);
  return `${page.slice(0, open)}\n  ${SHELL}${head}  </head>\n  <body>\n${page.slice(body, end)}  </body>\n</html>\n`;
}

export function pageShell(): Plugin {
  return {
    name: 'small-wins:page-shell',
    transformIndexHtml: { order: 'pre', handler: withShell },
  };
}
