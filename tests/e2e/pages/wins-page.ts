// What the popup and the new tab share: a field to add a win and today's list.
import { expect, type Locator, type Page } from '@playwright/test';

export class WinsPage {
  constructor(
    readonly page: Page,
    private readonly fieldName: RegExp | string,
  ) {}

  get field(): Locator {
    return this.page.getByRole('textbox', { name: this.fieldName });
  }

  get todayList(): Locator {
    return this.page.getByRole('list', { name: /Today/ });
  }

  /** Today's wins (each win's own tag list is nested inside its item). */
  get todayItems(): Locator {
    return this.todayList.locator(':scope > li');
  }

  get todayTexts(): Locator {
    return this.todayItems.locator('.win-text');
  }

  /** One win's row on today's list, by its words. */
  row(text: string): Locator {
    return this.todayItems.filter({
      has: this.page.locator('.win-text').getByText(text, { exact: true }),
    });
  }

  /** The polite line under the field that says a save worked. */
  get saveStatus(): Locator {
    return this.page.locator('.win-form').getByRole('status');
  }

  /** The one-press chips, in the order shown. */
  get chips(): Locator {
    return this.page.getByRole('group', { name: /one press|one click/ }).getByRole('button');
  }

  /** "How's your energy today?" before it is answered, "Energy today" after. */
  get energy(): Locator {
    return this.page.getByRole('radiogroup', { name: /energy today/i });
  }

  /** Types each win and presses Enter, as a person would. */
  async addWins(...texts: string[]): Promise<void> {
    for (const text of texts) {
      await this.field.fill(text);
      await this.field.press('Enter');
    }
  }

  /** Adds the wins and waits until today's list holds them. */
  async addWinsAndWait(...texts: string[]): Promise<void> {
    const before = await this.todayTexts.count();
    await this.addWins(...texts);
    await expect(this.todayTexts).toHaveCount(before + texts.length);
  }
}
