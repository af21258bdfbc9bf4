// The host access one limited site needs in this browser: asked for when the
// site is added (or allowed again), checked by the options page, and given
// back when it is removed or everything is deleted. One place, so every
// spelling of the host (see originPatterns) is asked for, checked and given
// back together, and a part of a site ("youtube.com/shorts") asks for its
// host alone: a path is never part of what the browser grants.
import { siteHost } from '@/utils/core/site-parts';
import { originPatterns } from '@/utils/core/sites';

/** Whether this browser's match patterns compare a host's trailing dot as written (Firefox). */
const HOSTS_KEEP_THEIR_DOT = import.meta.env.FIREFOX === true;

/** The origins to ask for, check and give back for a limited site (its host alone). */
export function siteOrigins(site: string): string[] {
  return originPatterns(siteHost(site), HOSTS_KEEP_THEIR_DOT);
}

/** The pattern a site held before trailing-dot hosts were covered (see SiteList). */
export function firstSiteOrigin(site: string): string[] {
  return originPatterns(siteHost(site), false);
}
