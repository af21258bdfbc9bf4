// The test profile's Firefox prefs: the extension's fixed UUID (kept when the
// add-on is uninstalled, so a reused browser can install it again at the same
// address), optional permissions granted without a prompt, *.test hosts sent to the fake sites
// and every other host to the guard (through a PAC file), downloads into one
// folder without a dialog, and as much of Firefox's own traffic off as prefs
// allow.
import { REMOTE_SETTINGS_PATH } from './firefox-guard';

export const ADDON_ID = 'small-wins@smallwins.invalid';
export const UUID = '5ae1f0c2-7d44-4c1e-9a3b-2f6d8e0b1c77';

/** The pref that sets the pages' prefers-color-scheme; Firefox reads it live. */
export const COLOR_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';
/** Its value for a theme: 0 dark, 1 light. */
export const colorSchemeValue = (theme: 'light' | 'dark' = 'light') => (theme === 'dark' ? 0 : 1);

export interface PrefsFor {
  sitesPort: number;
  guardPort: number;
  downloadDir: string;
  theme?: 'light' | 'dark';
}

export function testProfilePrefs(opts: PrefsFor): Record<string, unknown> {
  // A host may be written with its trailing dot ("social.test."): a fake site too.
  const pac = `function FindProxyForURL(url, host) {
    var name = host.replace(/\\.$/, "");
    return dnsDomainIs(name, ".test") ? "PROXY 127.0.0.1:${opts.sitesPort}" : "PROXY 127.0.0.1:${opts.guardPort}";
  }`;
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
    // Uninstalling still clears the add-on's data, but leaves its UUID in place.
    'extensions.webextensions.keepUuidOnUninstall': true,
    'extensions.webextOptionalPermissionPrompts': false,
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
    // Loopback is not proxied, so nothing can slip past the guard that way either.
    'network.proxy.allow_hijacking_localhost': true,
    'devtools.console.stdout.content': true,
    [COLOR_SCHEME_PREF]: colorSchemeValue(opts.theme),
    // Downloads go to one folder, without a dialog or the downloads panel.
    'browser.download.folderList': 2,
    'browser.download.dir': opts.downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv,text/markdown',
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.download.start_downloads_in_tmp_dir': false,
    // Tabs to the fake sites stay on http, with no https probe beside them.
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    // Firefox's own traffic, off where a pref allows it; the guard ignores the rest.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'browser.ping-centre.telemetry': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.showPane': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    // Puppeteer points these at dummy.test, which our PAC would send to the fake sites.
    // Remote settings cannot be turned off, so they poll the guard, which ignores them.
    'services.settings.server': `http://127.0.0.1:${opts.guardPort}${REMOTE_SETTINGS_PATH}`,
    'datareporting.healthreport.documentServerURI': '',
    'extensions.webservice.discoverURL': '',
    'network.sntp.pools': '',
  };
}
