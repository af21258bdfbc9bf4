// Build configuration: one manifest for Chrome and Firefox, Preact through Vite,
// and a test build that pre-grants the fake *.test sites (a headless browser
// cannot answer a permission prompt). The shipped build never holds those hosts.
import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { NO_MODULE_ENTRYPOINTS, SHIPPED_ENTRYPOINTS } from './scripts/lib/entrypoints';
import { TEST_MINUTE_MS } from './scripts/lib/test-minute';
import { appAfterPaint } from './scripts/lib/vite-app-after-paint';
import { baseChunk } from './scripts/lib/vite-base-chunk';
import { inlineCss } from './scripts/lib/vite-inline-css';
import { noInnerHtml } from './scripts/lib/vite-no-inner-html';
import { noModule } from './scripts/lib/vite-no-module';
import { pageShell } from './scripts/lib/vite-page-shell';

const testBuild = process.env.SMALL_WINS_TEST_BUILD === '1';
// A test build whose alarms fire no sooner than 30 s, as a store build's do.
const clampAlarms = process.env.SMALL_WINS_CLAMP_ALARMS === '1';
// A test build's budget minute lasts seconds (utils/core/minute.ts); the
// clamped build is store-like and keeps the real minute.
const minuteMs = testBuild && !clampAlarms ? String(TEST_MINUTE_MS) : '';

// Chromium also needs `downloads.ui` to save a backup without opening its
// downloads bubble; Firefox has no such permission.
const asked = (browser: string) =>
  browser === 'firefox'
    ? ['downloads', 'notifications']
    : ['downloads', 'downloads.ui', 'notifications'];
const askedUpFront = (browser: string) => testBuild && browser !== 'firefox';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: testBuild ? (clampAlarms ? '.output-test-clamped' : '.output-test') : '.output',
  // The blank page is the benchmark's baseline; users never get it.
  ...(testBuild ? {} : { filterEntrypoints: SHIPPED_ENTRYPOINTS }),
  hooks: {
    // The privacy policy travels inside the extension as plain text, so the
    // options page can link to it with no network.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'privacy.txt', contents: readFileSync('PRIVACY.md', 'utf8') });
    },
  },
  zip: {
    // The sources Firefox review rebuilds from: code and config, no tests or pictures.
    excludeSources: [
      'tests/**',
      'docs/**',
      'bench/**',
      '.ci/**',
      'test-results/**',
      '.output-test/**',
      '.output-test-clamped/**',
    ],
  },
  vite: () => ({
    plugins: [
      pageShell(),
      noInnerHtml(),
      inlineCss(),
      appAfterPaint(),
      noModule(NO_MODULE_ENTRYPOINTS),
      baseChunk(),
      preact(),
    ],
    build: {
      target: 'es2022',
      // Vite's module-preload polyfill fetch()es chunks; every browser we
      // support preloads modules itself, and the build holds no network call.
      // Pages list no modulepreload links for their chunks: a dozen chunk
      // requests sent with the page held up first-paint.js (queued behind
      // them) and the first frame (their compiling and the app's run came
      // before it). The entry module names its chunks itself one step later;
      // the new tab and the popup do not even preload the entry (see
      // scripts/lib/vite-app-after-paint.ts). Chunks loaded later still
      // preload what they need.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
      },
    },
    define: {
      'import.meta.env.SMALL_WINS_CLAMP_ALARMS': JSON.stringify(clampAlarms ? '1' : ''),
      'import.meta.env.SMALL_WINS_MINUTE_MS': JSON.stringify(minuteMs),
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Chromium's test build holds `downloads` and `notifications` from the
    // start (headless, it cannot answer their prompts); Firefox's test build
    // asks as the shipped build does, and a test pref grants what it asks. The
    // shipped build asks when daily backups or the heads-up notification are
    // turned on.
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'idle',
      // Redirects only on sites the person gave access to: the intention
      // page before a limited site that asks for one. No install warning.
      'declarativeNetRequestWithHostAccess',
      ...(askedUpFront(browser) ? asked(browser) : []),
    ],
    // Host access is asked for one limited site at a time, when it is added.
    optional_host_permissions: ['*://*/*'],
    // Daily backups to the downloads folder, and the heads-up notification,
    // each asked for in the click that turns it on.
    optional_permissions: askedUpFront(browser) ? [] : asked(browser),
    ...(testBuild ? { host_permissions: ['*://*.test/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox lets a redirect lead only to an extension page listed here (the
    // add-on's address is random per install, so a site cannot guess it);
    // the page itself sends the person on only to a limited site's own
    // address. Chromium lists nothing: there the address is the same for
    // everyone, so any page could load a listed page and learn that Small
    // Wins is installed. A redirect the person started (address bar,
    // bookmark) opens an unlisted page all the same; one a web page started
    // (a link) is refused, and the worker then opens the page itself
    // (see background/intention.ts).
    ...(browser === 'firefox'
      ? { web_accessible_resources: [{ resources: ['intention.html'], matches: ['*://*/*'] }] }
      : {}),
    commands: {
      // Alt+Shift+K: Chromium will not assign a key it uses itself (it leaves
      // Alt+Shift+W, T and B unbound), and Firefox uses no Alt+Shift+letter
      // (Ctrl+Shift+Y is its Downloads). K sits in the same place on QWERTY,
      // QWERTZ and AZERTY, and on a Mac it does not take a letter people type
      // (Option+Shift+Y would take "Á").
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpen__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'small-wins@smallwins.invalid',
        strict_min_version: '142.0',
        // Firefox's declaration that no data is collected or sent.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
