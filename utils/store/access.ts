// Giving back what the browser granted. A site's host access goes when the
// site stops being limited; "Delete everything" gives back every optional
// permission the manifest lets the product ask for (downloads, the quiet
// downloads bubble, notifications, and host access to any site), whatever
// asked for it and whenever. A permission a build requires cannot be given
// back; the browser refuses and that is fine.
import { browser } from 'wxt/browser';
import { logProblem } from '@/utils/log';
import { siteOrigins } from '@/utils/site-access';

/** Gives back a site's host access; a build that requires the host keeps it. */
export async function giveBackAccess(host: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: siteOrigins(host) });
  } catch {
    // required by this build, or already gone
  }
}

type Permission = NonNullable<
  Parameters<typeof browser.permissions.remove>[0]['permissions']
>[number];

/** Every optional permission and host the product holds, given back one by one. */
export async function giveBackEverything(): Promise<void> {
  try {
    await giveBackHeld();
  } catch (error) {
    // The data is gone already; the browser's own page still lists what it holds.
    logProblem('could not give back permissions', error);
  }
}

async function giveBackHeld(): Promise<void> {
  const manifest = browser.runtime.getManifest() as {
    optional_permissions?: string[];
    optional_host_permissions?: string[];
    host_permissions?: string[];
  };
  const required = new Set(manifest.host_permissions ?? []);
  const optional = new Set(manifest.optional_permissions ?? []);
  const held = await browser.permissions.getAll();
  // One at a time: one a build requires would make the browser refuse them all.
  const permissions = (held.permissions ?? []).filter((p) => optional.has(p));
  const origins = (held.origins ?? []).filter((o) => !required.has(o));
  await Promise.all([
    ...permissions.map((p) =>
      browser.permissions.remove({ permissions: [p as Permission] }).catch(() => false),
    ),
    ...origins.map((o) => browser.permissions.remove({ origins: [o] }).catch(() => false)),
  ]);
}
