// The first-paint script: a small classic script each fast page loads right
// after its #app element, before the app's module. It draws the page's first
// screen from the synchronous copy of today's list with the very markup the
// app renders, so the app adopts it without a flash or a jump, and it
// focuses the popup's field at once, then starts the app's module once that
// first paint is on screen (see scripts/lib/vite-app-after-paint.ts).
// Unlisted: pages load it by URL.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintNewTab, paintPopup } from './markup';
import { afterFirstPaint } from './start-app';

/**
 * The app's module, started once the first paint is on screen (see
 * start-app.ts). A module tag, not `import()`: store reviewers' linters
 * refuse a dynamic import of a computed name.
 */
function startApp(src: string) {
  afterFirstPaint(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('error', () => console.error(`The page could not start: ${src}`));
    document.head.append(script);
  });
}

export default defineUnlistedScript(() => {
  const app = (document.currentScript as HTMLScriptElement | null)?.dataset.app;
  const root = document.getElementById('app');
  if (root && !root.firstChild) {
    if (root.dataset.page === 'newtab') paintNewTab(root);
    else if (root.dataset.page === 'popup') paintPopup(root);
  }
  if (app) startApp(app);
});
