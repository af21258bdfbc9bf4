// The person's words and host names inside other text, kept in their own
// direction: "Logged off ‹social.example› after 32 min" must not reorder in
// an Arabic sentence, nor an Arabic win inside an English one. Unicode first-
// strong isolates (FSI … PDI) do this in pages, copied text, Markdown and CSV.
//
// When: in a right-to-left context always, and in a left-to-right one only
// when the words hold a right-to-left letter. Isolating left-to-right words
// in a left-to-right line changes nothing a reader sees, so those texts stay
// byte for byte what the person wrote (and what other programs expect). Pure.

export const FSI = '\u2068';
export const PDI = '\u2069';

// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko,
// Samaritan, Mandaic and their presentation forms.
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;

export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/** `text` isolated when it needs to be (see above); empty text stays empty. */
export function isolate(text: string, rightToLeftContext: boolean): string {
  if (text === '' || (!rightToLeftContext && !hasRightToLeft(text))) return text;
  return `${FSI}${text}${PDI}`;
}
