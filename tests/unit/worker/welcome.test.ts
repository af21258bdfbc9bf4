// The worker opens the welcome page on a first install only: an update, a
// reload during development or a browser update never opens it, and a
// browser that reports a second install on the same profile does not either.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeOnInstall } from '../../../entrypoints/background/welcome';

describe('the welcome page', () => {
  it('opens in a new tab on a first install', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    expect(await welcomeOnInstall({ reason: 'install' }, open)).toBe(true);
    expect(open).toHaveBeenCalledWith(fakeBrowser.runtime.getURL('/welcome.html'));
  });

  it('stays closed on an update, a reload, a browser update or a shared module update', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) {
      expect(await welcomeOnInstall({ reason }, open)).toBe(false);
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('opens once, even when the browser says "install" again at its next start', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    expect(await welcomeOnInstall({ reason: 'install' }, open)).toBe(true);
    expect(await welcomeOnInstall({ reason: 'install' }, open)).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens through the tabs API by default', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await welcomeOnInstall({ reason: 'install' });
    expect(created).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });
});
