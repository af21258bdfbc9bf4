// Build configuration: one manifest for Chrome and Firefox, Preact through Vite,
// and a test build that pre-grants the fake *.test sites (a headless browser
// cannot answer a permission prompt). The shipped build never holds those hosts.
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noInnerHtml } from './scripts/vite-no-inner-html';

const testBuild = process.env.SMALL_WINS_TEST_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: testBuild ? '.output-test' : '.output',
  // The blank page is the benchmark's baseline; users never get it.
  ...(testBuild
    ? {}
    : { filterEntrypoints: ['background', 'newtab', 'options', 'pause', 'popup'] }),
  zip: {
    // The sources Firefox review rebuilds from: code and config, no tests or pictures.
    excludeSources: [
      'tests/**',
      'docs/**',
      'bench/**',
      '.ci/**',
      'test-results/**',
      '.output-test/**',
    ],
  },
  vite: () => ({
    plugins: [noInnerHtml(), preact()],
    build: { target: 'es2022' },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'idle'],
    // Host access is asked for one limited site at a time, when it is added.
    optional_host_permissions: ['*://*/*'],
    ...(testBuild ? { host_permissions: ['*://*.test/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+W' },
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
  },
});
