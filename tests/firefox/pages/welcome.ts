// The welcome page a first install opens, in Firefox: its heading, its
// status line, and restoring a backup file through its import field.
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Firefox } from '../../../scripts/lib/firefox';
import { find, textOf } from './common';

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

  status() {
    return textOf(this.page, '[role=status]');
  }

  async restore(path: string) {
    const input = await find(this.page, 'input#import[type=file]');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
  }
}
