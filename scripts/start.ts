// `npm start`: build the extension quietly, then open Chromium with it loaded
// in a fresh profile, on the product's own new tab (the welcome page opens by
// itself on this first install). It prints a few lines: which browser, where
// the profile is, how to stop; and says plainly when the browser could not
// start. Where no window can open (no display), it says how to load it by hand.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from './lib/build';
import { findChromium } from './lib/chromium';
import { startFailure, startPlan } from './lib/start-plan';

const extension = resolve('.output/chrome-mv3');
const canShowWindow =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function explain(reason: string) {
  console.log(`${reason}\nThe unpacked extension is in ${extension}
To load it by hand: open chrome://extensions, turn on "Developer mode",
choose "Load unpacked" and pick that folder.`);
}

process.stdout.write('Building Small Wins… ');
build('build', false);
console.log('done.');

let browser: string;
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
const plan = startPlan(extension, profile, process.getuid?.() === 0);
if (plan.note) console.log(plan.note);
console.log(`Browser: ${browser}
Profile: ${profile} (fresh, only Small Wins in it)
Opening your new tab and the welcome page. To stop: close the browser, or press Ctrl+C here.`);

// What the browser says is kept, and shown only if it stops at once.
const child = spawn(browser, plan.args, { stdio: ['ignore', 'ignore', 'pipe'] });
let said = '';
child.stderr.on('data', (chunk: Buffer) => {
  said = (said + chunk.toString()).slice(-4000);
});
const startedAt = Date.now();
child.on('error', (error) => {
  console.error(startFailure(browser, null, String(error)));
  process.exitCode = 1;
});
child.on('exit', (code) => {
  if (code !== 0 && Date.now() - startedAt < 15_000) {
    console.error(startFailure(browser, code, said));
    process.exitCode = 1;
  }
});
process.on('SIGINT', () => child.kill('SIGTERM'));
