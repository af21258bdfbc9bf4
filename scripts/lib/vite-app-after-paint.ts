// On the pages the first-paint script draws (new tab, popup), the app's
// module runs after the first paint, not before it. A module script runs as
// soon as parsing ends and its file is read, which on an extension page is
// before the browser has painted anything: the frame that shows today's list
// waited for the whole app to start (measured with `npm run bench` and a
// trace). So the module tag is taken out here, and the first-paint script
// starts the module once that first paint is on screen (see
// entrypoints/first-paint/start-app.ts). Not even a `modulepreload` link is
// left: its request went out before first-paint.js's, and the file's arrival
// and compiling came before the first frame. Without it that frame came 4 to
// 8 ms sooner in five of six comparisons (31 to 41 alternating loads of each
// page opened as a tab with no debugger attached); the app then starts one
// file read later, after the page is on screen. Other pages keep their
// module tag.
import type { Plugin } from 'vite';

const FIRST_PAINT_TAG = /<script src="\/first-paint\.js"><\/script>/;
const MODULE_TAG = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** The page with its module handed to the first-paint script, if it has both. */
export function appAfterFirstPaint(html: string): string {
  const module = html.match(MODULE_TAG);
  if (!FIRST_PAINT_TAG.test(html) || !module) return html;
  const src = module[1] as string;
  return html
    .replace(MODULE_TAG, '')
    .replace(FIRST_PAINT_TAG, `<script src="/first-paint.js" data-app="${src}"></script>`);
}

export function appAfterPaint(): Plugin {
  return {
    name: 'small-wins:app-after-paint',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: appAfterFirstPaint },
  };
}
