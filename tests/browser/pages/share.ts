// Sharing with someone safe, in every browser: the chosen days' wins with a
// box each, the note, the line that counts what is chosen, the range, and
// the three outputs read as they leave the page: the text handed to the
// clipboard, the Markdown file saved, and the page as printed. How a browser
// is asked for the clipboard and for print differs, and is settled here.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { App } from '../fixtures';
import type { SavedFile } from '../saved-file';
import type { Tab } from '../tab';
import { openShowing } from './open';

/** A win on the page of days shown, and whether it is chosen. */
export interface Box {
  text: string;
  checked: boolean;
}

type Copies = { copied?: string[] };

export class ShareView {
  private constructor(readonly tab: Tab) {}

  /** Opens the share page with `query` ("?from=2025-03-01&to=2025-03-31"). */
  static async open(app: App, query = ''): Promise<ShareView> {
    return new ShareView(await openShowing(app, 'share', 'main h1', 'the share page', query));
  }

  /** The wins on screen with their boxes, in order. */
  boxes(): Promise<Box[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('.share-list:not(.print-sheet) li')].map((li) => ({
          text: li.querySelector('label bdi')?.textContent ?? '',
          checked: (li.querySelector('input[type=checkbox]') as HTMLInputElement).checked,
        })),
      null,
    );
  }

  /** Ticks or unticks the win with these words, with a click on its box. */
  async toggle(text: string): Promise<void> {
    const id = await this.tab.evaluate(
      (words) =>
        [...document.querySelectorAll('.share-list:not(.print-sheet) li')]
          .find((li) => li.querySelector('label bdi')?.textContent === words)
          ?.querySelector('input[type=checkbox]')?.id,
      text,
    );
    if (!id) throw new Error(`No box for “${text}”`);
    await this.tab.click(`[id=${JSON.stringify(id)}]`);
  }

  /** The line that says how many wins are chosen, or what an action did. */
  status(): Promise<string> {
    return this.tab.evaluate(
      () => document.querySelector('[role=status]')?.textContent?.trim() ?? '',
      null,
    );
  }

  writeNote(text: string): Promise<void> {
    return this.tab.fill('A note to go with it (optional)', text);
  }

  /** Chooses the range with this label ("This year", "Between two dates"). */
  async chooseRange(label: string): Promise<void> {
    const value = await this.tab.evaluate(
      (words) =>
        [...document.querySelectorAll('input[name=range]')]
          .find((input) => input.closest('label')?.textContent?.trim() === words)
          ?.getAttribute('value'),
      label,
    );
    if (!value) throw new Error(`No range “${label}”`);
    await this.tab.click(`input[name=range][value=${JSON.stringify(value)}]`);
  }

  /** Types a day ("2024-01-31") into the From or To field, as its month, day and year. */
  async typeDay(field: 'from' | 'to', day: string): Promise<void> {
    const [year, month, date] = day.split('-');
    await this.tab.focus(`input#${field}`);
    await this.tab.type(`${month}${date}${year}`);
    await expect
      .poll(() =>
        this.tab.evaluate((id) => (document.getElementById(id) as HTMLInputElement).value, field),
      )
      .toBe(day);
  }

  /** From now on, keeps what the page hands the clipboard (the real write still happens). */
  async watchClipboard(): Promise<void> {
    if (this.tab.engine === 'chromium') {
      // Chromium lets the test read the real clipboard.
      await (this.tab.raw as Page)
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write']);
      return;
    }
    await this.tab.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const kept = window as unknown as Copies;
      kept.copied = [];
      clipboard.writeText = (text: string) => {
        kept.copied?.push(text);
        return write(text);
      };
    }, null);
  }

  /** The text copied last. */
  copied(): Promise<string> {
    if (this.tab.engine === 'chromium') {
      return this.tab.evaluate(() => navigator.clipboard.readText(), null);
    }
    return this.tab.evaluate(() => (window as unknown as Copies).copied?.at(-1) ?? '', null);
  }

  /** Presses "Save as Markdown" and returns the file saved. */
  saveMarkdown(app: App): Promise<SavedFile> {
    return app.download(this.tab, () => this.tab.clickButton('Save as Markdown'));
  }

  /**
   * Shows the page as printed, or on screen again. Puppeteer over WebDriver
   * BiDi cannot emulate print media, so in Firefox the page's own print rules
   * are applied as plain styles, as printing would.
   */
  async media(kind: 'print' | 'screen'): Promise<void> {
    if (this.tab.engine === 'chromium') {
      await (this.tab.raw as Page).emulateMedia({ media: kind });
      return;
    }
    await this.tab.evaluate((print) => {
      document.getElementById('as-printed')?.remove();
      if (!print) return;
      const rules: string[] = [];
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) {
            rules.push(...[...rule.cssRules].map((r) => r.cssText));
          }
        }
      }
      const style = document.createElement('style');
      style.id = 'as-printed';
      style.textContent = rules.join('\n');
      document.head.append(style);
    }, kind === 'print');
  }

  /** What shows of the wins' lines and of every control, in order (a line by its words). */
  shownItems(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('.share-list li, button, input, textarea, select')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          })
          .map((el) => (el as HTMLElement).innerText || el.tagName),
      null,
    );
  }
}
