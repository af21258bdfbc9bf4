// The benchmark's blank page is its baseline only if it runs no script at
// all, and its floor page only if the one script it runs is its own. Yet WXT
// gives every page a module (the start of its runtime plugins, bundled into
// the shared base chunk), so the "script-free" blank page read and ran that
// chunk before its first paint: its median paint came 4 to 16 ms later than
// the same page without it (21 alternating loads in each of three runs, no
// debugger attached), and every ratio against it read low. This takes the
// module out of the pages listed in scripts/lib/entrypoints.ts.
import type { Plugin } from 'vite';

const MODULE_TAG = /\s*<script type="module"[^>]*><\/script>/g;

/** The page without any module script, classic scripts kept. */
export function withoutModule(html: string): string {
  return html.replace(MODULE_TAG, '');
}

/** Applies `withoutModule` to the entrypoints named (entrypoints/<name>/index.html). */
export function noModule(pages: readonly string[]): Plugin {
  const listed = (file: string) =>
    pages.some((name) => file.replaceAll('\\', '/').endsWith(`/entrypoints/${name}/index.html`));
  return {
    name: 'small-wins:no-module',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { filename }) => (listed(filename) ? withoutModule(html) : html),
    },
  };
}
