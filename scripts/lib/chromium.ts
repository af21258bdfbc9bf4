// Finds a Chromium that can load an unpacked extension and launches it with
// the extension, a fresh (or given) profile and the fake *.test sites. A
// browser a worker reuses (scripts/lib/chromium-reuse.ts) starts without the
// extension and installs it over the DevTools protocol instead, so it can be
// uninstalled and installed again between tests.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { tempDir } from './temp-dir';

export const EXTENSION_DIR = resolve('.output-test/chrome-mv3');
/** The test build whose alarms fire no sooner than 30 s, as a store build's do. */
export const CLAMPED_EXTENSION_DIR = resolve('.output-test-clamped/chrome-mv3');

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here; fall through to the hint.
  }
  throw new Error(
    'No Chromium found: install one (sudo apt-get install chromium) or set CHROMIUM_PATH.',
  );
}

export function newProfileDir(): string {
  return tempDir('profile');
}

export interface LaunchOptions {
  profileDir: string;
  sitesPort?: number;
  colorScheme?: 'light' | 'dark';
  env?: Record<string, string>;
  /** The browser's UI language (LANGUAGE, as a desktop sets it), emulated in its pages too. */
  language?: string;
  /** Which test build to load (default: the test build). */
  extensionDir?: string;
  /**
   * Start without the extension, letting the DevTools protocol install and
   * uninstall it (Extensions.loadUnpacked): one loaded from the command line
   * can be neither uninstalled nor reloaded (runtime.reload() unloads it).
   */
  installLater?: boolean;
}

/** The switches every test browser gets: this extension only, quiet, the fake sites. */
export function extensionArgs(
  extensionDir: string,
  sitesPort?: number,
  installLater = false,
): string[] {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    installLater ? '--enable-unsafe-extension-debugging' : `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // A page may play sound without a click first, as a video site's autoplay does.
    '--autoplay-policy=no-user-gesture-required',
  ];
  // A host may be written with its trailing dot ("social.test."): a fake site too.
  if (sitesPort) {
    args.push(
      `--host-resolver-rules=MAP *.test 127.0.0.1:${sitesPort},MAP *.test. 127.0.0.1:${sitesPort}`,
    );
  }
  return args;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<BrowserContext> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    const how = dir === EXTENSION_DIR ? 'npm run build:test' : 'npm run build:test:clamped';
    throw new Error(`No test build at ${dir}: run "${how}" first.`);
  }
  const args = extensionArgs(dir, opts.sitesPort, opts.installLater);
  const env = { ...process.env, ...opts.env } as Record<string, string>;
  if (opts.language) {
    env.LANGUAGE = opts.language;
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
  }
  return chromium.launchPersistentContext(opts.profileDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    colorScheme: opts.colorScheme ?? 'light',
    env,
    // Playwright otherwise emulates en-US in every page, whatever the browser's language.
    ...(opts.language ? { locale: opts.language } : {}),
  });
}

/** The extension's service worker as it runs now (waiting for it to start if none is running). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    }))
  );
}

/** The extension's id: the host of its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await extensionWorker(context)).url()).host;
}
