// `npm start` opens the product itself: Chromium started with its arguments
// shows the extension's new tab and the welcome page, not the browser's own
// new tab page. (Started as npm start starts it, headless here, and its tabs
// read from its own DevTools list on this machine.)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, findChromium, newProfileDir } from '../../scripts/lib/chromium';
import { startPlan } from '../../scripts/lib/start-plan';
import { expect, test } from './fixtures';

/** The addresses of the browser's open tabs, or [] while it is not listening yet. */
async function tabs(profile: string): Promise<string[]> {
  try {
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      type: string;
      url: string;
    }[];
    return list.filter((t) => t.type === 'page').map((t) => t.url);
  } catch {
    return [];
  }
}

test("npm start's browser opens the extension's new tab and its welcome page", async () => {
  const profile = newProfileDir();
  const { args } = startPlan(EXTENSION_DIR, profile, true);
  const browser = spawn(
    findChromium(),
    [...args.slice(0, -1), '--headless=new', '--remote-debugging-port=0', args.at(-1) as string],
    { stdio: 'ignore' },
  );
  try {
    await expect
      .poll(async () => (await tabs(profile)).map((url) => new URL(url).pathname).sort(), {
        timeout: 20_000,
      })
      .toEqual(['/newtab.html', '/welcome.html']);
    expect((await tabs(profile)).every((url) => url.startsWith('chrome-extension://'))).toBe(true);
  } finally {
    browser.kill();
  }
});
