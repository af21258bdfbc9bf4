// A limited site may be a whole host ("youtube.com") or the part of it under a
// path ("youtube.com/shorts"): people want to limit the part that pulls them
// in and keep the rest. The rule is one string, the host then the path, so
// it names the site's usage, marks and wins as a bare host always has (older
// data is all whole hosts, and stays valid as it is). This module splits that
// string, says whether an address is under a path, and shows a rule as people
// write it. A path is kept in the address's own form (percent-escaped), in
// lower case (people type "YouTube.com/Shorts" and mean the same place), with
// no trailing slash; it matches whole segments only ("/shorts" covers
// "/shorts" and "/shorts/abc", never "/shortstack"). Pure.

/** A path prefix is at most this long (a typed rule, not a whole address). */
export const MAX_PATH_LENGTH = 200;

export interface SiteParts {
  /** The ASCII host. */
  host: string;
  /** The path prefix ("/shorts"), or "" for the whole host. */
  path: string;
}

/** A rule's host and path: "youtube.com/shorts" → youtube.com, /shorts. */
export function siteParts(site: string): SiteParts {
  const slash = site.indexOf('/');
  return slash < 0
    ? { host: site, path: '' }
    : { host: site.slice(0, slash), path: site.slice(slash) };
}

/** The host a rule lives on: what host access is asked for. */
export const siteHost = (site: string) => siteParts(site).host;

/**
 * A URL's path in the form rules keep: lower case, without trailing slashes
 * ("" for the top of the site).
 */
export function normalPath(pathname: string): string {
  return pathname.toLowerCase().replace(/\/+$/, '');
}

/** Whether `pathname` is at or under the prefix `path` ("" covers every path). */
export function pathCovers(path: string, pathname: string): boolean {
  if (path === '') return true;
  const here = normalPath(pathname);
  return here === path || here.startsWith(`${path}/`);
}

/** A path as people read it: escapes back to letters where they decode. */
export function displayPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Escapes a path for a regular expression (a network rule's filter). */
export function pathPattern(path: string): string {
  return path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
