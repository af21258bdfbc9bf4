// What the user types as a site to limit, turned into one clear rule: a host
// name (punycode, no "www."), which also covers its subdomains, and maybe a
// path prefix under it ("youtube.com/shorts", see site-parts.ts). A host is one
// host however it is written (case, a trailing dot, "www.", punycode or
// Unicode): `canonicalHost` is the one place that decides, and every place a
// URL meets a rule goes through it. Refusals come with a reason the options
// page can say in words. Pure.

import type { ActiveHours } from './active-hours';
import { decodePunycode } from './punycode';
import { displayPath, MAX_PATH_LENGTH, normalPath, pathCovers, siteParts } from './site-parts';
import { hasVisibleText } from './text';

export interface SiteRule {
  /**
   * The rule: an ASCII (punycode) host name, and for a part of a site its path
   * prefix ("youtube.com/shorts", see site-parts.ts). It also names the
   * site's usage, marks and wins.
   */
  host: string;
  /** The rule shown to people: `displaySite(host)`, never a different string. */
  label: string;
  dailyMinutes: number;
  /** When the budget applies; absent means at every hour (see active-hours.ts). */
  activeHours?: ActiveHours;
  /** Ask "What are you here for?" before the site (see intention.ts); absent means off. */
  intention?: true;
}

export type SiteProblem =
  | 'empty'
  | 'invalid'
  | 'ip'
  | 'localhost'
  | 'scheme'
  | 'credentials'
  | 'query'
  | 'tooLong'
  | 'pathTooLong';

export type SiteCheck =
  | { ok: true; host: string; label: string }
  | { ok: false; reason: SiteProblem };

export type MinutesCheck = { ok: true; minutes: number } | { ok: false; reason: 'minutes' };

export const MIN_MINUTES = 1;
export const MAX_MINUTES = 1440;
/** DNS allows 253 characters in a whole name, 63 in each label. */
export const MAX_HOST_LENGTH = 253;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
// Schemes whose addresses have no "//" but may hold an "@" (mailto:a@b).
const OPAQUE_SCHEME =
  /^(mailto|tel|sms|javascript|data|file|about|blob|view-source|news|urn|geo|magnet):/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:(\/\/|(?!\d))/i;
const WEB_SCHEME = /^https?:\/\//i;

/**
 * The one form of a host name, however it was written: lower case, punycode,
 * without a trailing dot or a leading "www.". Undefined when the text is not a
 * bare host (it holds a path, a login, a port or a space).
 */
export function canonicalHost(written: string): string | undefined {
  if (written === '' || /[\s/\\?#@:[\]]/.test(written)) return undefined;
  let hostname: string;
  try {
    hostname = new URL(`http://${written}/`).hostname;
  } catch {
    return undefined;
  }
  return hostname.replace(/\.$/, '').replace(/^www\./, '') || undefined;
}

/**
 * A host as people write it: punycode labels back in Unicode, when that names
 * exactly the same host (otherwise the ASCII form, which never misleads).
 */
export function displayHost(host: string): string {
  const unicode = host
    .split('.')
    .map((label) => (/^xn--/i.test(label) ? (decodePunycode(label.slice(4)) ?? label) : label))
    .join('.');
  return unicode !== host && canonicalHost(unicode) === host && hasVisibleText(unicode)
    ? unicode
    : host;
}

export function parseSite(raw: string): SiteCheck {
  const input = raw.trim();
  if (!hasVisibleText(input)) return { ok: false, reason: 'empty' };
  if (/\s/.test(input)) return { ok: false, reason: 'invalid' };
  // "news.example:8080" is a host and port; "ftp://…" or "mailto:…" a scheme;
  // "user:pw@mail.example" a login in front of a host.
  const web = WEB_SCHEME.test(input);
  if (!web && (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) || OPAQUE_SCHEME.test(input))) {
    return { ok: false, reason: 'scheme' };
  }
  const authority = (web ? input.replace(WEB_SCHEME, '') : input).split(/[/?#\\]/)[0] ?? '';
  if (authority.includes('@')) return { ok: false, reason: 'credentials' };
  if (!web && ANY_SCHEME.test(input)) return { ok: false, reason: 'scheme' };
  let hostname: string;
  try {
    hostname = new URL(web ? input : `http://${input}`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (hostname.startsWith('[') || IPV4.test(hostname.replace(/\.$/, ''))) {
    return { ok: false, reason: 'ip' };
  }
  const host = canonicalHost(hostname);
  if (!host) return { ok: false, reason: 'invalid' };
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return { ok: false, reason: 'localhost' };
  }
  if (host.length > MAX_HOST_LENGTH) return { ok: false, reason: 'tooLong' };
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(tld)) {
    return { ok: false, reason: 'invalid' };
  }
  // A rule is a place, not one page: what follows "?" or "#" never is part of it.
  if (/[?#]/.test(input)) return { ok: false, reason: 'query' };
  const path = normalPath(new URL(web ? input : `http://${input}`).pathname);
  if (path.length > MAX_PATH_LENGTH) return { ok: false, reason: 'pathTooLong' };
  const site = `${host}${path}`;
  return { ok: true, host: site, label: displaySite(site) };
}

/** A rule as people write it: its host in Unicode where safe, its path with letters. */
export function displaySite(site: string): string {
  const { host, path } = siteParts(site);
  return `${displayHost(host)}${displayPath(path)}`;
}

/**
 * The one form of a stored rule (a host, maybe with a path), however it is
 * spelled, or undefined when the text is not one: a bare host and path, no
 * scheme, login, port, query or fragment around it.
 */
export function canonicalSite(written: string): string | undefined {
  const { host, path } = siteParts(written);
  const bare = canonicalHost(host);
  if (!bare || /[\s\\?#@]/.test(path)) return undefined;
  const parsed = parseSite(`${bare}${path}`);
  return parsed.ok ? parsed.host : undefined;
}

export function parseMinutes(raw: string | number): MinutesCheck {
  const text = String(raw).trim();
  if (!/^\d+$/.test(text)) return { ok: false, reason: 'minutes' };
  const minutes = Number(text);
  if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) return { ok: false, reason: 'minutes' };
  return { ok: true, minutes };
}

/** Whether a rule's host covers a host (itself or a subdomain), however either is written. */
export function covers(ruleHost: string, hostname: string): boolean {
  const rule = canonicalHost(ruleHost);
  const host = canonicalHost(hostname);
  if (!rule || !host) return false;
  return host === rule || host.endsWith(`.${rule}`);
}

/** Whether the area of rule `inner` lies within that of rule `outer` (or is it). */
export function within(inner: string, outer: string): boolean {
  const a = siteParts(inner);
  const b = siteParts(outer);
  return covers(b.host, a.host) && (b.path === '' || pathCovers(b.path, a.path));
}

/**
 * A rule already limiting this place, or one this rule would swallow. A whole
 * host and a part of it are not a clash: each counts against its own budget.
 */
export function overlapping(site: string, rules: readonly SiteRule[]): SiteRule | undefined {
  const whole = siteParts(site).path === '';
  return rules.find(
    (r) =>
      (siteParts(r.host).path === '') === whole && (within(site, r.host) || within(r.host, site)),
  );
}

/** Whether a page's address is under a rule (its host or a subdomain, and its path). */
export function siteCoversUrl(site: string, url: string | undefined): boolean {
  if (!url || !/^https?:\/\//i.test(url)) return false;
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  const { host, path } = siteParts(site);
  return covers(host, page.hostname) && pathCovers(path, page.pathname);
}

/**
 * Every rule that limits a page, the most specific first (a part of a site
 * before its whole host): only http(s) pages are ever limited.
 */
export function rulesForUrl(url: string | undefined, rules: readonly SiteRule[]): SiteRule[] {
  const specific = (r: SiteRule) => siteParts(r.host).path.length * 1_000 + r.host.length;
  return rules.filter((r) => siteCoversUrl(r.host, url)).sort((a, b) => specific(b) - specific(a));
}

/** The most specific rule that limits a page, if any. */
export function ruleForUrl(
  url: string | undefined,
  rules: readonly SiteRule[],
): SiteRule | undefined {
  return rulesForUrl(url, rules)[0];
}

/**
 * The host permissions that cover a site and all its subdomains, however its
 * host is written. Case, "www." and Unicode reach the browser already folded
 * (lower case, punycode), but a trailing dot stays: Chromium's match patterns
 * ignore it, while Firefox compares the host as written, so there
 * "*://*.social.test/*" never matches "social.test." and the site needs a
 * second pattern, "*://*.social.test./*", that names it with its dot.
 */
export function originPatterns(host: string, hostsKeepTheirDot: boolean): string[] {
  const base = `*://*.${host}/*`;
  return hostsKeepTheirDot ? [base, `*://*.${host}./*`] : [base];
}

/**
 * A site's host for a network rule's domain list, in every form a request
 * can carry: as it is, and with a trailing dot (Firefox matches domains as
 * written; Chromium accepts both and ignores the dot).
 */
export function requestDomains(host: string): string[] {
  return [host, `${host}.`];
}
