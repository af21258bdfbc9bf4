// `npm start`: build the extension, then open Chromium with it loaded in a
// fresh profile. Where no window can open (no display), say where the build
// is and how to load it by hand.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from './lib/build';
import { findChromium } from './lib/chromium';

build('build');

const extension = resolve('.output/chrome-mv3');
const canShowWindow =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function explain(reason: string) {
  console.log(`\n${reason}\nThe unpacked extension is in ${extension}
To load it by hand: open chrome://extensions, turn on "Developer mode",
choose "Load unpacked" and pick that folder.`);
}

let browser: string | undefined;
try {
  browser = findChromium();
} catch (error) {
  explain((error as Error).message);
  process.exit(0);
}
if (!canShowWindow) {
  explain('No display here, so no browser window can open.');
  process.exit(0);
}

const profile = mkdtempSync(join(tmpdir(), 'small-wins-start-'));
spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    'chrome://newtab/',
  ],
  { detached: true, stdio: 'ignore' },
).unref();
console.log(`\nOpened ${browser} with Small Wins in a fresh profile (${profile}).`);
