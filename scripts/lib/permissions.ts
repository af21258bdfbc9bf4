// Every permission a manifest asks for must be explained in
// store/permissions.md and used by the code: the stores reject a permission
// with no reason, or one the extension never uses. Each permission is mapped
// to the part of the browser it opens; a permission missing from the map is
// a problem too, until someone says where the code uses it.

/** Where the code uses what a permission opens (comments are removed before looking). */
export const PERMISSION_USES: Record<string, RegExp | 'no api'> = {
  storage: /\bbrowser\.storage\.|\bstorage\.defineItem\(/,
  // Only a promise to the browser not to evict the database; nothing to call.
  unlimitedStorage: 'no api',
  alarms: /\bbrowser\.alarms\./,
  idle: /\bbrowser\.idle\./,
  declarativeNetRequest: /\bbrowser\.declarativeNetRequest\./,
  declarativeNetRequestWithHostAccess: /\bbrowser\.declarativeNetRequest\./,
  downloads: /\bbrowser\.downloads\./,
  'downloads.ui': /\bsetUiOptions\b/,
  notifications: /\bbrowser\.notifications\./,
};
/** Optional host access is asked for site by site, through permissions.request. */
export const HOST_USE = /\bbrowser\.permissions\.request\(/;

export type Manifest = {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
};

/** The permission names that store/permissions.md explains, from its table's first column. */
export function justified(table: string): Set<string> {
  const names = [...table.matchAll(/^\|\s*`([^`]+)`\s*\|[^|]*\|[^|]*\|\s*(\S[^|]*)\|\s*$/gm)]
    .filter((m) => (m[2] ?? '').trim().length > 0)
    .map((m) => m[1] as string);
  return new Set(names);
}

/** Source text without its comments, so a comment never counts as a use. */
export const withoutComments = (code: string): string =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Sentences naming each permission that has no reason in the table or no use in the code. */
export function permissionProblems(manifest: Manifest, table: string, code: string): string[] {
  const reasons = justified(table);
  const source = withoutComments(code);
  const problems: string[] = [];
  const apis = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  const hosts = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  for (const name of [...apis, ...hosts]) {
    if (!reasons.has(name)) problems.push(`${name} has no reason in store/permissions.md`);
  }
  for (const name of apis) {
    const use = PERMISSION_USES[name];
    if (use === undefined)
      problems.push(`${name} is not mapped to the part of the browser it opens`);
    else if (use !== 'no api' && !use.test(source))
      problems.push(`${name} is never used by the code`);
  }
  const asked = manifest.optional_host_permissions ?? [];
  if (asked.length > 0 && !HOST_USE.test(source)) {
    problems.push(`optional host access (${asked.join(', ')}) is never asked for by the code`);
  }
  return problems;
}
