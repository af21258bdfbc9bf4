// The share view: the range, the page of days on screen, the pager, and how
// many wins are chosen. Also a fast seed of many wins straight into the
// extension's database, as the benchmark does, spread over this year's days.
import type { Page } from '@playwright/test';

export class SharePage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string, query = ''): Promise<SharePage> {
    await page.goto(`chrome-extension://${extensionId}/share.html${query}`);
    return new SharePage(page);
  }

  get status() {
    return this.page.getByRole('status');
  }

  get checkboxes() {
    return this.page.getByRole('checkbox');
  }

  get pager() {
    return this.page.getByRole('navigation', { name: 'Pages of days' });
  }

  get pageChoice() {
    return this.page.getByLabel('Days shown');
  }

  /** Goes to the last page through the list of pages. */
  async lastPage(): Promise<void> {
    const count = await this.pageChoice.locator('option').count();
    await this.pageChoice.selectOption(String(count - 1));
  }

  /**
   * Writes `count` wins over the days of this year up to today (oldest day
   * first), plus `last`: one more win today at 23:30, the year's newest.
   */
  async seedYear(count: number, last: string): Promise<void> {
    await this.page.evaluate(
      ({ count, last }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('small-wins');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('wins', 'readwrite');
            const store = tx.objectStore('wins');
            const now = new Date();
            const pad = (n: number) => String(n).padStart(2, '0');
            const key = (d: Date) =>
              `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
            const days = now.getMonth() * 31 + now.getDate();
            for (let i = 0; i < count; i++) {
              const back = i % days;
              const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 9);
              // Never before 1 January: a day past it folds back onto today.
              const day = d.getFullYear() === now.getFullYear() ? d : new Date(now);
              day.setHours(9, 0, 0, 0);
              store.put({
                id: `seed-${i}`,
                text: `A small win ${i}`,
                day: key(day),
                at: day.getTime() + (i % 3600) * 1000,
                kind: 'win',
                tags: [],
              });
            }
            const late = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 30);
            store.put({
              id: 'seed-last',
              text: last,
              day: key(late),
              at: late.getTime(),
              kind: 'win',
              tags: [],
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { count, last },
    );
  }
}
