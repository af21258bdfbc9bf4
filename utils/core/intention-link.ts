// The intention page's address, made by the worker's redirect rule (and by
// the pause page's "more minutes"), read by the page, in one place. The
// address the person was going to rides in the fragment, whole and
// unescaped, because a redirect rule can only paste it there as it is.
// Reading is strict, as the pause link's is: the page only ever sends the
// person on to a page of a limited site, over http or https, never to any
// other address or an extension page. Pure.
import { rulesForUrl, type SiteRule } from './sites';

export const INTENTION_PAGE = '/intention.html' as const;

export interface IntentionLink {
  /** The limited site's host. */
  site: string;
  /** Where the person was going, and goes on to. */
  url: string;
}

/** The intention page's path for a visit to `url`. */
export function intentionPath(url: string): `${typeof INTENTION_PAGE}#${string}` {
  return `${INTENTION_PAGE}#${url}`;
}

/** The visit from an intention page's fragment, or undefined when it is not a limited site's page. */
export function readIntentionLink(
  hash: string,
  rules: readonly SiteRule[],
): IntentionLink | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) return undefined;
  // The most specific rule that asks (a part of a site before its whole host).
  const limiting = rulesForUrl(url.href, rules);
  const rule = limiting.find((r) => r.intention) ?? limiting[0];
  return rule ? { site: rule.host, url: url.href } : undefined;
}
