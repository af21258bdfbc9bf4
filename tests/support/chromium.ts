// Finds a Chromium that can load an unpacked extension and launches it with
// the extension, a fresh (or given) profile and the fake *.test sites.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

export const EXTENSION_DIR = resolve('.output-test/chrome-mv3');

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
  return mkdtempSync(join(tmpdir(), 'small-wins-profile-'));
}

export interface LaunchOptions {
  profileDir: string;
  sitesPort?: number;
  colorScheme?: 'light' | 'dark';
  env?: Record<string, string>;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build at ${EXTENSION_DIR}: run "npm run build:test" first.`);
  }
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
  if (opts.sitesPort) args.push(`--host-resolver-rules=MAP *.test 127.0.0.1:${opts.sitesPort}`);
  return chromium.launchPersistentContext(opts.profileDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    colorScheme: opts.colorScheme ?? 'light',
    env: { ...process.env, ...opts.env } as Record<string, string>,
  });
}

/** The extension's id: the host of its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    }));
  return new URL(worker.url()).host;
}
