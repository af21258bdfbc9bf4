// What counts as text a person can see, shared by every field that takes
// words (a win, a reflection, a site): a zero-width space, a byte-order mark
// or a lone combining accent looks like nothing on screen, so it is refused
// like an empty field rather than saved as an empty row. Length and cuts go
// by grapheme (what a person sees as one character: "हिं", "👩‍💻", "é"
// typed as e + accent), never by code unit or code point. Pure.

// Anything that is not white space, a control or formatting character, a
// combining mark on its own, a default-ignorable character (zero-width
// joiners, variation selectors, Hangul fillers…) or the blank Braille cell.
const VISIBLE =
  /[^\s\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Z}\p{Default_Ignorable_Code_Point}\u2800\u3164\uffa0]/u;

/** True when at least one character in `text` shows on screen. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters of `text` as a person sees them, one grapheme each. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Length as a person counts it: one emoji, or a letter with its marks, is one character. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** At most `max` characters of `text`, cut between graphemes, never inside one. */
export function cutText(text: string, max: number): string {
  return graphemes(text).slice(0, max).join('');
}
