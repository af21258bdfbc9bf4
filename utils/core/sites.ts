// What the user types as a site to limit, turned into one clear rule: a host
// name (punycode, no "www."), which also covers its subdomains. A host is one
// host however it is written (case, a trailing dot, "www.", punycode or
// Unicode): `canonicalHost` is the one place that decides, and every place a
// URL meets a rule goes through it. Refusals come with a reason the options
// page can say in words. Pure.

import type { ActiveHours } from './active-hours';
import { decodePunycode } from './punycode';
import { hasVisibleText } from './text';

export interface SiteRule {
  /** ASCII (punycode) host name, matched against page URLs. */
  host: string;
  /** The host shown to people: `displayHost(host)`, never a different string. */
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
  | 'tooLong';

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
  return { ok: true, host, label: displayHost(host) };
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

/** A rule already limiting this host, or one this host would swallow. */
export function overlapping(host: string, rules: readonly SiteRule[]): SiteRule | undefined {
  return rules.find((r) => covers(r.host, host) || covers(host, r.host));
}

/** The rule that limits a page, if any: only http(s) pages are ever limited. */
export function ruleForUrl(
  url: string | undefined,
  rules: readonly SiteRule[],
): SiteRule | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  // The most specific rule wins, though overlapping rules are refused on entry.
  return rules
    .filter((r) => covers(r.host, hostname))
    .sort((a, b) => b.host.length - a.host.length)[0];
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
