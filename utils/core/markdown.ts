// Markdown that shows a person's words exactly as they wrote them. Every
// Markdown file the product writes (share, export) builds its lines here, so
// a win written "---" stays a win (not a rule), "&copy;" stays those six
// characters (not ©), and nothing a person typed can become a heading, a
// list, a quote, code, emphasis, a link or HTML. Checked against a CommonMark
// renderer in tests/unit/core/markdown.test.ts. Pure.

// Always escaped, wherever they are: the backslash itself, code spans and
// fences, emphasis, links and images, HTML and autolinks, and GitHub's
// strikethrough and tables.
const INLINE = /[\\`*_[\]<~|]/g;
// An entity or character reference (&copy; &#169; &#xA9;) would be decoded.
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
// At the start of a line: a heading (# before a space), a setext underline
// (= alone), a quote, a list item (+ before a space; - always, which also
// starts thematic breaks and setext underlines).
const BLOCK_START = /^(?:#{1,6}(?=[ \t]|$)|=+(?=[ \t]*$)|\+(?=[ \t]|$)|[>-])/;
// An ordered list item: 1. or 1) before a space or the end.
const ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;
// A closing run of # at the end of a heading would be dropped.
const CLOSING_HASHES = /([ \t])(#+)$/;
// Leading and trailing spaces or tabs are dropped or read as code; written as
// character references they stay.
const EDGE_SPACE = /^[ \t]+|[ \t]+$/g;
const LINE_BREAK = /\r\n|\r|\n/;

const reference = (space: string) =>
  [...space].map((c) => (c === '\t' ? '&#9;' : '&#32;')).join('');

/** One line of a person's text (no line break in it), safe anywhere a line of text goes. */
export function markdownLine(line: string): string {
  return line
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(BLOCK_START, '\\$&')
    .replace(ORDERED, '$1\\$2')
    .replace(CLOSING_HASHES, '$1\\$2')
    .replace(EDGE_SPACE, reference);
}

/**
 * A person's text of any number of lines as one paragraph: each line break a
 * hard break, `indent` before every line after the first (a list item's
 * "  ", a quote's "> "). A paragraph cannot end in a line break, so trailing
 * ones are left out (they show as nothing).
 */
export function markdownText(
  text: string,
  indent = '',
  /** What each escaped line becomes (bidi isolation, see bidi.ts). */
  eachLine: (line: string) => string = (line) => line,
): string {
  const lines = text.split(LINE_BREAK);
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  // A backslash at the end of a line is a hard break; an empty line becomes
  // a break of its own, so the paragraph goes on.
  return lines.map((line) => eachLine(markdownLine(line))).join(`\\\n${indent}`);
}

/** A heading of our own words (a title, a day): one line, as written. */
export function markdownHeading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${markdownLine(text.replace(new RegExp(LINE_BREAK, 'g'), ' '))}`;
}
