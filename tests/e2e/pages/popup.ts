// The toolbar popup, as a person uses it.
import type { Page } from '@playwright/test';
import { WinsPage } from './wins-page';

export class PopupPage extends WinsPage {
  constructor(page: Page) {
    super(page, /your win/i);
  }
}
