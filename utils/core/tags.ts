// How tags are read from a win's words, and which to show beside them. Its
// own small module (no imports) because the first-paint script draws rows
// with it and must stay tiny; utils/core/win-rules.ts re-exports it.

// A tag runs to the next character that cannot be in one: never cut short (the
// win's own length bounds it). Letters keep their marks (accents typed as
// combining marks, the vowel signs of Devanagari) and the joiners that some
// scripts write inside a word (Persian's zero-width non-joiner).
export const TAG_CHARS = /^[\p{L}\p{M}\p{N}_\p{Join_Control}-]+$/u;
const TAG = /(?:^|\s)#([\p{L}\p{M}\p{N}_\p{Join_Control}-]+)/gu;

/** `#tags` in a win's text, lower-cased and without repeats, in order. */
export function extractTags(text: string): string[] {
  const tags: string[] = [];
  for (const m of text.matchAll(TAG)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** The tags to show beside a win's words: those not already written in them (each tag shows once). */
export function shownTags(win: { text: string; tags: readonly string[] }): string[] {
  const written = extractTags(win.text);
  return win.tags.filter((tag) => !written.includes(tag));
}
