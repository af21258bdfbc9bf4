// The welcome page a first install opens, in Firefox: its heading, its
// status line, and restoring a backup file through its import field.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Firefox } from '../../../scripts/lib/firefox';
import { find, textOf, texts } from './common';

export class Welcome {
  private constructor(readonly page: Page) {}

  static async open(ff: Firefox) {
    const welcome = new Welcome(await ff.openExt('welcome.html'));
    await find(welcome.page, 'h1');
    return welcome;
  }

  heading() {
    return textOf(this.page, 'h1');
  }

  /**
   * What the page said last: the first live status with words in it (the
   * page's own line, or the one beside the import field after an import).
   */
  async status() {
    return (await texts(this.page, '[role=status]')).find((text) => text !== '');
  }

  async restore(path: string) {
    const input = await find(this.page, 'input#import[type=file]');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
  }
}
