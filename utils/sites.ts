// What the user types as a site to limit, turned into one clear rule: a host
// name (punycode, no "www."), which also covers its subdomains. Refusals come
// with a reason the options page can say in words. Pure.

export interface SiteRule {
  /** ASCII (punycode) host name, matched against page URLs. */
  host: string;
  /** The name as the user wrote it (may be Unicode), for display. */
  label: string;
  dailyMinutes: number;
}

export type SiteCheck =
  | { ok: true; host: string; label: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'ip' | 'localhost' | 'scheme' };

export type MinutesCheck = { ok: true; minutes: number } | { ok: false; reason: 'minutes' };

export const MIN_MINUTES = 1;
export const MAX_MINUTES = 1440;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function parseSite(raw: string): SiteCheck {
  const input = raw.trim();
  if (input === '') return { ok: false, reason: 'empty' };
  if (/\s/.test(input)) return { ok: false, reason: 'invalid' };
  // "news.example:8080" is a host and port; "ftp://…" or "mailto:…" a scheme.
  const hasScheme = /^[a-z][a-z0-9+.-]*:(\/\/|(?!\d))/i.test(input);
  if (hasScheme && !/^https?:\/\//i.test(input)) return { ok: false, reason: 'scheme' };
  let hostname: string;
  try {
    hostname = new URL(hasScheme ? input : `http://${input}`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  hostname = hostname.replace(/\.$/, '');
  if (hostname.startsWith('[') || IPV4.test(hostname)) return { ok: false, reason: 'ip' };
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) {
    return { ok: false, reason: 'localhost' };
  }
  const host = hostname.replace(/^www\./, '');
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || /^\d+$/.test(tld)) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, host, label: typedLabel(input, hasScheme) ?? host };
}

// The host part of what was typed, before the URL parser turned it into
// punycode, so "bücher.example" is shown as typed.
function typedLabel(input: string, hasScheme: boolean): string | undefined {
  const rest = hasScheme ? input.replace(/^https?:\/\//i, '') : input;
  const authority = rest.split(/[/?#]/)[0] ?? '';
  const hostPart = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  const label = hostPart
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return label || undefined;
}

export function parseMinutes(raw: string | number): MinutesCheck {
  const text = String(raw).trim();
  if (!/^\d+$/.test(text)) return { ok: false, reason: 'minutes' };
  const minutes = Number(text);
  if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) return { ok: false, reason: 'minutes' };
  return { ok: true, minutes };
}

export function covers(ruleHost: string, hostname: string): boolean {
  return hostname === ruleHost || hostname.endsWith(`.${ruleHost}`);
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

/** The host permission that covers a site and all its subdomains. */
export function originPattern(host: string): string {
  return `*://*.${host}/*`;
}
