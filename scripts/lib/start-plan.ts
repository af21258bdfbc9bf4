// What `npm start` does, as plain functions a test can check: the browser's
// arguments (the product's own new tab, not the browser's; --no-sandbox only
// where Chromium refuses to run without it), the id Chromium gives the
// unpacked extension, and a plain sentence for a browser that would not start.
import { createHash } from 'node:crypto';

/**
 * The id Chromium gives an extension loaded unpacked from `dir` (an absolute
 * path, as given to --load-extension): the first 16 bytes of the path's
 * SHA-256, each hex digit written as a letter from a to p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export interface StartPlan {
  args: string[];
  /** One line to print before starting, if any. */
  note?: string;
}

/**
 * Chromium's arguments: the extension alone in a fresh profile, opening its
 * new tab by address (the welcome page opens by itself on a first install).
 */
export function startPlan(extension: string, profile: string, asRoot: boolean): StartPlan {
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(asRoot ? ['--no-sandbox'] : []),
    `chrome-extension://${unpackedExtensionId(extension)}/newtab.html`,
  ];
  return asRoot
    ? {
        args,
        note: 'Running as root, so Chromium starts with --no-sandbox (it refuses otherwise).',
      }
    : { args };
}

/** A plain sentence for a browser that stopped at once, from its exit and what it printed. */
export function startFailure(browser: string, code: number | null, output: string): string {
  if (/without --no-sandbox/.test(output)) {
    return `${browser} will not run as root without --no-sandbox. Run npm start as your own user, not root.`;
  }
  if (/Missing X server|cannot open display|no DISPLAY/i.test(output)) {
    return `${browser} could not open a window: there is no display here. Run npm start on a desktop, or under xvfb-run.`;
  }
  if (/ENOENT/.test(output)) return `${browser} was not found. Set CHROMIUM_PATH to a Chromium.`;
  const last = output.trim().split('\n').slice(-3).join('\n');
  return `${browser} stopped at once (exit code ${code ?? 'none'}).${last ? ` It said:\n${last}` : ''}`;
}
