// The new tab, as a person uses it.
import type { Page } from '@playwright/test';
import { WinsPage } from './wins-page';

export class NewTabPage extends WinsPage {
  constructor(page: Page) {
    super(page, 'Add a win for today');
  }

  /** The calm text shown while today has no wins. */
  get emptyState() {
    return this.page.getByText(/Even a glass of water counts/);
  }
}
