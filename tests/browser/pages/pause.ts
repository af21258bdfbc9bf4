// The mindful pause as a tab of a limited site shows it, in every browser:
// its heading, its lead line and the whole text a person reads.
import type { Tab } from '../tab';

export class PauseView {
  constructor(readonly tab: Tab) {}

  heading(): Promise<string | undefined> {
    return this.tab.evaluate(() => document.querySelector('h1')?.textContent?.trim(), null);
  }

  lead(): Promise<string | undefined> {
    return this.tab.evaluate(() => document.querySelector('p.lead')?.textContent?.trim(), null);
  }

  /** The buttons' words, in order. */
  buttons(): Promise<string[]> {
    return this.tab.evaluate(
      () => [...document.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? ''),
      null,
    );
  }

  /** What the pause page's own live line says while it is shown, or undefined. */
  moment(): Promise<string | undefined> {
    return this.tab
      .evaluate(() => {
        const region = document.querySelector('.moment[role="status"]');
        const shown = region ? region.getBoundingClientRect().height > 0 : false;
        return shown ? (region?.textContent ?? undefined) : undefined;
      }, null)
      .catch(() => undefined);
  }

  logOff(): Promise<void> {
    return this.tab.clickButton('Log off');
  }

  text(): Promise<string> {
    return this.tab.evaluate(() => document.body.innerText, null);
  }
}
