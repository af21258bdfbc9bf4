// Printing every chosen win while the screen shows one page of days: the
// printed sheet is built only when someone prints, from the selection (not
// from what is on screen), in chunks with a turn of the event loop between so
// the page stays responsive, then the browser's print opens; afterwards the
// sheet goes again. Ctrl+P (⌘P) takes the same way; a print started from the
// browser's menu builds the sheet at once in `beforeprint`, which cannot wait.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DayKey } from '@/utils/core/day';
import type { Win } from '@/utils/core/win-rules';
import { nextTask } from '@/utils/next-task';

/** Wins written into the sheet between two turns of the event loop. */
const PRINT_CHUNK = 1500;

export interface PrintAll {
  /** Where the sheet goes (hidden on screen, shown in print). */
  sheet: { current: HTMLDivElement | null };
  preparing: boolean;
  printAll: () => Promise<void>;
}

function dayBlock(day: string, label: string): [HTMLElement, HTMLElement] {
  const block = document.createElement('div');
  block.className = 'share-day';
  const heading = document.createElement('h3');
  heading.textContent = label;
  const list = document.createElement('ul');
  block.append(heading, list);
  block.dataset.day = day;
  return [block, list];
}

function winItem(win: Win, proudWord: string): HTMLElement {
  const item = document.createElement('li');
  item.textContent = win.text;
  if (win.proud) {
    const mark = document.createElement('span');
    mark.className = 'proud-mark';
    mark.textContent = ` ★ ${proudWord}`;
    item.append(mark);
  }
  return item;
}

export function usePrintAll(
  chosenDays: () => [DayKey, Win[]][],
  dayLabel: (day: DayKey) => string,
  proudWord: string,
): PrintAll {
  const sheet = useRef<HTMLDivElement | null>(null);
  const [preparing, setPreparing] = useState(false);
  const filled = useRef(false);
  const latest = useRef(chosenDays);
  latest.current = chosenDays;

  async function fill(yielding: boolean) {
    const target = sheet.current;
    if (!target) return;
    target.replaceChildren();
    let written = 0;
    for (const [day, wins] of latest.current()) {
      const [block, list] = dayBlock(day, dayLabel(day));
      target.append(block);
      for (const win of wins) {
        list.append(winItem(win, proudWord));
        if (++written % PRINT_CHUNK === 0 && yielding) await nextTask();
      }
    }
    filled.current = true;
    document.documentElement.classList.add('print-all');
  }

  function clear() {
    sheet.current?.replaceChildren();
    filled.current = false;
    document.documentElement.classList.remove('print-all');
  }

  async function printAll() {
    setPreparing(true);
    try {
      await fill(true);
      print();
    } finally {
      setPreparing(false);
    }
  }

  useEffect(() => {
    const before = () => {
      if (!filled.current) void fill(false);
    };
    const keys = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void printAll();
      }
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', clear);
    addEventListener('keydown', keys);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', clear);
      removeEventListener('keydown', keys);
    };
  }, []);

  return { sheet, preparing, printAll };
}
