// Shows the intention page before a limited site, without the site ever
// loading first: while a visit to an asking site needs an intention
// (core/intention.ts), a session redirect rule sends its pages to the
// intention page, with the address in the fragment, before any request
// leaves the browser. The rules are set afresh whenever the answer can
// change: settings, a pause, more minutes, the page passed, browser start,
// and one alarm at the next day start or active-hours edge while any site
// asks (none otherwise). The redirect acts only on sites the person gave
// access to (declarativeNetRequestWithHostAccess), i.e. the limited ones.
// Chromium's build lists no web-accessible page (so no website can tell the
// extension is installed), and Chromium then refuses the redirect when a web
// page started the navigation (a link from another site): the tab shows its
// error page at the intention page's address, the site never asked. The
// worker then opens that same address itself, which Chromium allows.
// A part of a site ("youtube.com/shorts") is redirected only under its path;
// a link inside the page reaches it with no request at all (pushState), so
// the worker, told of the new address by tabs.onUpdated, sends that tab to
// the intention page itself (askOnMove).
import { browser } from 'wxt/browser';
import { dayKey } from '@/utils/core/day';
import {
  asksOnMove,
  hostsNeedingIntention,
  type MarkEvent,
  nextIntentionCheck,
} from '@/utils/core/intention';
import { INTENTION_PAGE, intentionPath } from '@/utils/core/intention-link';
import { pathPattern, siteParts } from '@/utils/core/site-parts';
import { requestDomains } from '@/utils/core/sites';
import { noteIntentionMark, readMarks } from '@/utils/store/intention';
import { loadSettings } from '@/utils/store/settings';
import { readSharedDayUsage } from '@/utils/store/sync/day-usage';

export const INTENTION_ALARM = 'intention';

type Rule = Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0]['addRules'];

async function intentionContext(now: number) {
  const settings = await loadSettings();
  const [marks, usage] = await Promise.all([
    readMarks(),
    readSharedDayUsage(dayKey(now, settings.dayStartHour)),
  ]);
  return { settings, ctx: { now, dayStartHour: settings.dayStartHour, marks, usage } };
}

/** The addresses a rule redirects: a whole host's, or those under a part's path. */
function addressFilter(site: string): string {
  const { path } = siteParts(site);
  return path === '' ? '^https?://.*$' : `^https?://[^/?#]+${pathPattern(path)}([/?#].*)?$`;
}

export async function syncIntention(now = Date.now()): Promise<void> {
  const { settings, ctx } = await intentionContext(now);
  const hosts = hostsNeedingIntention(settings.sites, ctx);
  const existing = await browser.declarativeNetRequest.getSessionRules();
  if (existing.length > 0 || hosts.length > 0) {
    const page = browser.runtime.getURL(INTENTION_PAGE);
    const addRules: Rule = hosts.map((host, i) => ({
      id: i + 1,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: `${page}#\\0` } },
      condition: {
        regexFilter: addressFilter(host),
        isUrlFilterCaseSensitive: false,
        requestDomains: requestDomains(siteParts(host).host),
        resourceTypes: ['main_frame'],
      },
    }));
    await browser.declarativeNetRequest.updateSessionRules({
      removeRuleIds: existing.map((r) => r.id),
      addRules,
    });
  }
  const next = nextIntentionCheck(settings.sites, now, settings.dayStartHour);
  if (next === null) await browser.alarms.clear(INTENTION_ALARM);
  else await browser.alarms.create(INTENTION_ALARM, { when: next });
}

/**
 * Opens the intention page in a tab where Chromium refused the redirect to
 * it: the tab is at the page's address but no page of ours runs there. A
 * page that did open is left alone, so this never loops.
 */
export async function openRefusedIntention(tabId: number, url: string | undefined): Promise<void> {
  const page = browser.runtime.getURL(INTENTION_PAGE);
  if (!url?.startsWith(`${page}#`)) return;
  const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'], tabIds: [tabId] });
  if (contexts.some((c) => c.documentUrl?.startsWith(page))) return;
  await browser.tabs.update(tabId, { url });
}

/**
 * A tab's address changed: moved inside its page into a part of a site that
 * asks (no request went out, so no redirect saw it), it goes to the
 * intention page the redirect would have shown.
 */
export async function askOnMove(tabId: number, url: string): Promise<void> {
  const { settings, ctx } = await intentionContext(Date.now());
  if (!asksOnMove(url, settings.sites, ctx)) return;
  await browser.tabs.update(tabId, { url: browser.runtime.getURL(intentionPath(url)) });
}

/** A site paused, or its intention page was passed: note it, then set the rules afresh. */
export async function noteAndSync(type: MarkEvent['type'], host: string): Promise<void> {
  const settings = await loadSettings();
  await noteIntentionMark({ type, host, at: Date.now() }, settings.sites);
  await syncIntention();
}
