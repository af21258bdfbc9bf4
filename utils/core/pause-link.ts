// The pause page's address, built by the worker and read by the page, in one
// place. Reading is strict: the page only ever sends the person back to the
// paused site itself (its host or a subdomain), over http or https. Pure.
import { PAUSE_PAGE } from './pause-page';
import { covers } from './sites';

export { PAUSE_PAGE };

export interface PauseLink {
  /** The limited site's host. */
  site: string;
  /** Where "more minutes" returns to. */
  url: string;
  /** Time used today on the site, in ms. */
  usedMs: number;
}

/** The path and query of the pause page for a paused tab. */
export function pausePath(link: PauseLink): `${typeof PAUSE_PAGE}?${string}` {
  const params = new URLSearchParams({
    site: link.site,
    url: link.url,
    used: String(Math.round(link.usedMs)),
  });
  return `${PAUSE_PAGE}?${params}`;
}

/** The paused site from a pause page's query, or undefined for the mindful minute. */
export function readPauseLink(search: string): PauseLink | undefined {
  const params = new URLSearchParams(search);
  const site = params.get('site');
  const url = params.get('url');
  if (!site || !url || !isReturnUrl(url, site)) return undefined;
  const used = Number(params.get('used') ?? 0);
  return { site, url, usedMs: Number.isFinite(used) && used > 0 ? used : 0 };
}

function isReturnUrl(url: string, site: string): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && covers(site, parsed.hostname);
  } catch {
    return false;
  }
}
