// A first install opens the welcome page, once: an update, a reload, a
// browser update, or a browser that reports "install" again at every start
// (Chromium, for an extension loaded from its command line) never opens it.
import { browser } from 'wxt/browser';
import { welcomedItem } from '@/utils/store/items';

export const WELCOME_PATH = '/welcome.html';

export async function welcomeOnInstall(
  details: { reason: string },
  open: (url: string) => Promise<unknown> = (url) => browser.tabs.create({ url }),
  now = Date.now(),
): Promise<boolean> {
  if (details.reason !== 'install') return false;
  if ((await welcomedItem.getValue()) !== null) return false;
  await welcomedItem.setValue(now);
  await open(browser.runtime.getURL(WELCOME_PATH));
  return true;
}
