// How busy the new tab is, measured the same way in Chromium (Playwright) and
// Firefox (puppeteer-core): `measurePage` is a plain, self-contained function
// either can evaluate in a page. A "block" is defined once, here: a visible
// top-level part of <main> — a header, section, nav, aside, footer, form or
// article — where a plain wrapper <div> is looked through to the blocks it
// holds (the lazily loaded cards arrive inside one).

export interface PageMeasure {
  /** The page's scroll height, px. */
  height: number;
  /** The visible blocks of <main>, each named by its tag and class. */
  blocks: string[];
  /** Words of visible text in <main>. */
  words: number;
  /** Visible buttons and links in <main>. */
  buttons: number;
  /** The most visible controls in any one row of today's list. */
  controlsPerWin: number;
  /** How many rows today's list has. */
  winRows: number;
}

/** Evaluated in the page: no imports, no outside names. */
export function measurePage(): PageMeasure {
  const shown = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return (
      box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
    );
  };
  const BLOCK = new Set(['HEADER', 'SECTION', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'ARTICLE']);
  const blocks: string[] = [];
  const walk = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      if (!shown(child)) continue;
      if (child.tagName === 'DIV') walk(child);
      else if (BLOCK.has(child.tagName)) {
        blocks.push(`${child.tagName.toLowerCase()}.${child.className}`.replace(/\.$/, ''));
      }
    }
  };
  const main = document.querySelector('main');
  if (main) walk(main);
  const CONTROL = 'button, a[href], input, select, textarea, summary, [role="button"]';
  const visibleIn = (root: ParentNode) =>
    Array.from(root.querySelectorAll(CONTROL)).filter(shown).length;
  const rows = Array.from(document.querySelectorAll('ul[aria-labelledby="today-heading"] > li'));
  const text = (main as HTMLElement | null)?.innerText ?? '';
  return {
    height: document.documentElement.scrollHeight,
    blocks,
    words: text.split(/\s+/).filter(Boolean).length,
    buttons: main ? Array.from(main.querySelectorAll('button, a[href]')).filter(shown).length : 0,
    controlsPerWin: Math.max(0, ...rows.map(visibleIn)),
    winRows: rows.length,
  };
}

/** The screen the figures are measured on. */
export const SCREEN = { width: 1280, height: 800 } as const;
