// Opens a page while recording what the first-paint script drew: the DOM of
// #app when parsing ends ("interactive", before the app's module runs), the
// DOM right after the app's first render (its "app-rendered" mark), and the
// painted nodes, so a test can tell whether the app adopted them.
import { type BrowserContext, expect, type Page } from '@playwright/test';

export interface FirstPaint {
  /** The #app markup as drawn, attributes sorted, text merged. */
  painted: string;
  /** The same after the app's first render over it. */
  adopted: string;
  /** Whether Preact had rendered into #app when it marked "app-rendered". */
  rendered: boolean;
  texts: string[];
  date: string;
  empty: boolean;
  focused: string | undefined;
}

type Recorder = Window & {
  __firstPaint?: FirstPaint;
  __appRendered?: boolean;
  __paintedNodes?: Element[];
};

function record() {
  const shape = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    const attrs = [...node.attributes]
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ');
    const inner = [...node.childNodes].map(shape).join('');
    return `<${node.localName}${attrs ? ` ${attrs}` : ''}>${inner}</${node.localName}>`;
  };
  const w = window as Recorder;
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const app = document.getElementById('app');
    w.__paintedNodes = [...(app?.querySelectorAll('*') ?? [])];
    w.__firstPaint = {
      painted: app ? shape(app) : '',
      adopted: '',
      rendered: false,
      texts: [...document.querySelectorAll('#app .win-text')].map((e) => e.textContent ?? ''),
      date: document.querySelector('#app .date')?.textContent ?? '',
      empty: document.querySelector('#app .empty') !== null,
      focused: document.activeElement?.id || undefined,
    };
  });
  // The app's first render: the page marks it, and the mark is caught as it
  // is set, before anything the app does after.
  const mark = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    if (name !== 'app-rendered') return entry;
    w.__appRendered = true;
    const app = document.getElementById('app');
    if (w.__firstPaint && app) {
      w.__firstPaint.adopted = shape(app);
      // Preact keeps its tree on the container it rendered into (`__k`).
      w.__firstPaint.rendered = '__k' in app;
    }
    return entry;
  };
}

export async function openRecording(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(record);
  await page.goto(url);
  return page;
}

/**
 * What the page painted first, read once the app has rendered over it: the
 * painted list makes a heading visible before the app's module has even
 * started, so a visible heading alone says nothing about the app. (The
 * recorder's own flag, since a page clock fakes `performance` itself.)
 */
export async function firstPaintOf(page: Page): Promise<FirstPaint> {
  await expect
    .poll(() => page.evaluate(() => (window as Recorder).__appRendered === true), {
      message: 'the app marks its first render',
    })
    .toBe(true);
  const paint = await page.evaluate(() => (window as Recorder).__firstPaint);
  if (!paint) throw new Error('the page was not recorded from its start');
  return paint;
}

/** How many painted elements are still in the page (adopted, not replaced). */
export async function paintedStillThere(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const painted = (window as Recorder).__paintedNodes ?? [];
    const now = document.querySelector(sel);
    return now !== null && painted.includes(now);
  }, selector);
}

/** Today's wins as the page lists them. */
export const todayTexts = (page: Page) =>
  page.getByRole('list', { name: /Today/ }).getByRole('listitem').locator('.win-text');

/** Types each win into the popup and waits until it heads today's list. */
export async function addWins(popup: Page, texts: string[]) {
  const field = popup.getByRole('textbox', { name: /win/i });
  for (const text of texts) {
    await field.fill(text);
    await field.press('Enter');
    await expect(todayTexts(popup).first()).toHaveText(text);
  }
}
