// What counts as text a person can see, shared by every field that takes
// words (a win, a reflection, a site): a zero-width space, a byte-order mark
// or a lone combining accent looks like nothing on screen, so it is refused
// like an empty field rather than saved as an empty row. Pure.

// Anything that is not white space, a control or formatting character, a
// combining mark on its own, a default-ignorable character (zero-width
// joiners, variation selectors, Hangul fillers…) or the blank Braille cell.
const VISIBLE =
  /[^\s\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Z}\p{Default_Ignorable_Code_Point}\u2800\u3164\uffa0]/u;

/** True when at least one character in `text` shows on screen. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** Length as a person counts it: one emoji is one character. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
