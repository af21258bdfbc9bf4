// A real desktop for the browser: a private X server per test, real key
// presses and clicks through xdotool, and a headed Chromium with the
// extension. This is how the tests see what a headless browser cannot: the
// permission prompt, idle and locked, shortcuts, Ctrl+T and focus leaving the
// browser for another application.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from '@playwright/test';
import { CLAMPED_EXTENSION_DIR, EXTENSION_DIR, extensionArgs, findChromium } from './chromium';

/** The build people install: no host access until they limit a site. */
export const SHIPPED_DIR = resolve('.output/chrome-mv3');

/** The shipped build, the test build (6-second minute) or the store-like clamped one (real minute). */
export type Build = 'shipped' | 'test' | 'clamped';

export interface Xvfb {
  display: string;
  pid: number;
  stop: () => Promise<void>;
}

/** A private Xvfb on a free display (Xvfb writes the number to fd 3), screensaver off. */
export function startXvfb(): Promise<Xvfb> {
  return new Promise((resolvePromise, reject) => {
    const proc: ChildProcess = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-s', '0'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let ready = false;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    proc.stdio[3]?.on('data', (d: Buffer) => {
      out += d.toString();
      if (ready || !out.includes('\n') || proc.pid === undefined) return;
      ready = true;
      const pid = proc.pid;
      resolvePromise({
        display: `:${out.trim()}`,
        pid,
        stop: async () => {
          if (proc.exitCode === null && proc.signalCode === null) process.kill(pid, 'SIGTERM');
          await exited;
        },
      });
    });
    proc.once('error', reject);
    proc.once('exit', (code) => {
      if (!ready) reject(new Error(`Xvfb exited with ${code} before it was ready`));
    });
  });
}

function x11(command: string, display: string, args: string[]): string {
  return execFileSync(command, args, { env: { ...process.env, DISPLAY: display } })
    .toString()
    .trim();
}

/** Real X input and window control on one display. */
export const xdo = (display: string, ...args: string[]) => x11('xdotool', display, args);
export const xset = (display: string, ...args: string[]) => x11('xset', display, args);

/** A real X click in the middle of an element (the window is at 0,0 with no viewport emulation). */
export async function realClick(page: Page, target: Locator, display: string) {
  const box = await target.boundingBox();
  if (!box) throw new Error('realClick: the element is not on screen');
  const w = await page.evaluate(() => ({
    x: window.screenX,
    y: window.screenY,
    top: window.outerHeight - window.innerHeight,
  }));
  xdo(
    display,
    'mousemove',
    String(Math.round(w.x + box.x + box.width / 2)),
    String(Math.round(w.y + w.top + box.y + box.height / 2)),
    'click',
    '1',
  );
}

/**
 * Another application on the same desktop: a small X window that takes the
 * keyboard focus away from the browser, as switching apps does.
 */
export async function otherApplication(display: string) {
  const proc = spawn('xmessage', ['-geometry', '300x80+400+300', 'Another application'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const pid = proc.pid;
  if (pid === undefined) throw new Error('xmessage did not start');
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const windowId = xdo(display, 'search', '--sync', '--class', 'Xmessage').split('\n')[0] ?? '';
  return {
    windowId,
    focus: () => xdo(display, 'windowfocus', '--sync', windowId),
    close: async () => {
      if (proc.exitCode === null && proc.signalCode === null) process.kill(pid, 'SIGTERM');
      await exited;
    },
  };
}

export interface HeadedLaunch {
  display: string;
  build: Build;
  profileDir: string;
  sitesPort?: number;
  /** The browser's UI language, as a person's desktop sets it (LANGUAGE). */
  language?: string;
}

export function extensionDirOf(build: Build): string {
  const dir =
    build === 'shipped' ? SHIPPED_DIR : build === 'clamped' ? CLAMPED_EXTENSION_DIR : EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    const how = `npm run ${build === 'shipped' ? 'build' : build === 'clamped' ? 'build:test:clamped' : 'build:test'}`;
    throw new Error(`No ${build} build at ${dir}: run "${how}" first.`);
  }
  return dir;
}

/** Headed Chromium on the given display, with the chosen build of the extension. */
export function launchHeaded(opts: HeadedLaunch): Promise<BrowserContext> {
  const args = [
    ...extensionArgs(extensionDirOf(opts.build), opts.sitesPort),
    // Hides the --no-sandbox infobar, so pages sit where realClick expects.
    '--test-type',
    '--window-position=0,0',
    '--window-size=1280,800',
  ];
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.DISPLAY = opts.display;
  if (opts.language) {
    env.LANGUAGE = opts.language;
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
  }
  return chromium.launchPersistentContext(opts.profileDir, {
    executablePath: findChromium(),
    // The test runner otherwise emulates en-US in every page (and, through
    // the shared process, in the worker), whatever language the browser runs
    // in. Emulate the language the desktop gives the browser instead.
    ...(opts.language ? { locale: opts.language } : {}),
    headless: false,
    viewport: null,
    colorScheme: 'light',
    args,
    env,
  });
}
