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

  text(): Promise<string> {
    return this.tab.evaluate(() => document.body.innerText, null);
  }
}
