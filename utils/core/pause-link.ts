// The pause page's address, built by the worker and read by the page, in one
// place. Reading is strict: the page only ever sends the person back to the
// paused site itself (its host or a subdomain, and for a part of a site, under
// its path), over http or https. Pure.
import { PAUSE_PAGE } from './pause-page';
import { siteCoversUrl } from './sites';

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
  return siteCoversUrl(site, url);
}

/**
 * Where "Back to youtube.com" goes from the pause of a part of a site: the
 * top of the same site, outside the part. Undefined for a whole site.
 */
export function outsideUrl(link: PauseLink): string | undefined {
  if (!link.site.includes('/')) return undefined;
  return `${new URL(link.url).origin}/`;
}
