// What a page says, read against a language's messages.json: every visible
// string, label and title must be one of its messages (placeholders standing
// for anything) or the person's data, so a hard-coded string or a missing
// translation shows up by name.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export const loadMessages = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

/** A message as the page shows it, each placeholder filled with the substitution its `$n` names. */
export function say(messages: Messages, key: string, ...subs: string[]): string {
  const entry = messages[key];
  if (entry === undefined) throw new Error(`no message ${key}`);
  let i = 0;
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const n = /^\$(\d)$/.exec(content)?.[1];
    return (n ? subs[Number(n) - 1] : subs[i++]) ?? '';
  });
}

/** Whether `s` is one of the messages, or a piece of one a page splits across elements. */
export function fromMessages(messages: Messages, s: string): boolean {
  return Object.values(messages).some(({ message }) => {
    const parts = message.split(/\$[A-Z_]+\$/);
    const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${escaped.join('.+?')}$`, 's').test(s) || parts.some((p) => p.includes(s));
  });
}

/** Every string a person sees or hears on the page: visible text and labels. */
export function visibleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element | null) =>
      !!el && (el.closest('[aria-hidden="true"]') === null || el.matches('.visually-hidden *'));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || !shown(parent)) continue;
      if (parent.closest('script, style, template')) continue;
      if (!parent.checkVisibility() && !parent.closest('.visually-hidden')) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  });
}
