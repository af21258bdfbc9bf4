// The welcome page, opened as a first install opens it, in every browser:
// its first question and the field that saves a real win, the kind word once
// it is kept, a region's words by its heading, and the offered first site.
import type { App } from '../fixtures';
import type { Tab } from '../tab';
import { openShowing } from './open';
import { regionText } from './page-text';

export const QUESTION = "What's one small thing you did today?";

export class WelcomeView {
  private constructor(readonly tab: Tab) {}

  /** Opens the welcome page and waits for its first question. */
  static async open(app: App): Promise<WelcomeView> {
    return new WelcomeView(await openShowing(app, 'welcome', '#welcome-win', 'the first question'));
  }

  /** Whether focus is in the first question's field. */
  questionFocused(): Promise<boolean> {
    return this.tab.evaluate(() => document.activeElement?.id === 'welcome-win', null);
  }

  /** Types a win into the first question's field and presses Enter. */
  async saveWin(text: string): Promise<void> {
    await this.tab.fill(QUESTION, text);
    await this.tab.press('Enter');
  }

  /** What the field labelled `label` holds now. */
  valueOf(label: string): Promise<string | undefined> {
    return this.tab.evaluate(
      (name) =>
        (
          [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === name)
            ?.control as HTMLInputElement | null | undefined
        )?.value,
      label,
    );
  }

  /** The kind word under the first question, while it is shown. */
  thanks(): Promise<string> {
    return this.tab.evaluate(
      () =>
        (document.querySelector('.welcome-thanks') as HTMLElement | null)?.innerText.trim() ?? '',
      null,
    );
  }

  /** The words of the region named by this heading, as shown; undefined without one. */
  region(heading: string): Promise<string | undefined> {
    return regionText(this.tab, heading);
  }

  /** The headings of the page's parts, as shown. */
  headings(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('h2')]
          .filter((h) => h.getBoundingClientRect().height > 0)
          .map((h) => h.textContent?.trim() ?? ''),
      null,
    );
  }

  /** Offers a first site: its name in the Site field, then Add. */
  async addSite(host: string): Promise<void> {
    await this.tab.fill('Site', host);
    await this.tab.clickButton('Add');
  }
}
