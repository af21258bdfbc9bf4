// Markdown keeps a person's words exactly: every Markdown file the product
// writes (share, the export) is read back with commonmark.js, the reference
// CommonMark parser, and each win must come back as one plain paragraph of
// exactly its text: no rule, heading, list, quote, code, emphasis, link,
// HTML or decoded entity. A table of tricky texts, then generated ones.
import { type Node, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { winsToMarkdown } from '../../../utils/core/backup';
import { markdownText } from '../../../utils/core/markdown';
import { shareMarkdown } from '../../../utils/core/share';
import type { Win } from '../../../utils/core/win-rules';

const TRICKY = [
  '- -',
  '---',
  '***',
  '___',
  '* * *',
  '- - -',
  '-',
  '+ more',
  '+',
  '=',
  '===',
  '1. first',
  '1) first',
  '2026. a year',
  '1.5 km run',
  '-5 kg',
  '# heading',
  '###### six',
  '#tag first',
  '#',
  'ends with #',
  'ends with ###',
  '> quoted',
  '>',
  '`code`',
  '```',
  '~~~',
  '~~gone~~',
  '*em* and **strong**',
  '_em_ and __strong__',
  'snake_case_name',
  '5 * 3 = 15',
  '[link](https://example.test)',
  '![image](x.png)',
  '[ref]: https://example.test',
  '[ ] a task',
  '[^1] a note',
  '<b>bold</b>',
  '<https://example.test>',
  '<!-- hidden -->',
  '<script>x</script>',
  '2 < 3 > 1',
  '&lt;',
  '&copy;',
  '&#169; &#xA9;',
  'Tom & Jerry; &amp',
  'a\\b',
  'ends with \\',
  '\\*not em\\*',
  'a | b | c',
  '| a |',
  '    four spaces first',
  '\ttab first',
  'two spaces after  ',
  'https://example.test and www.example.test',
  'x^2 and $5 and :smile:',
  'emoji 🎉 👨‍👩‍👧 and हिंदी लिखना',
  '   ',
];

/** The text a reader sees in a node: hard breaks as line breaks. */
function textOf(node: Node): string {
  let out = '';
  const walker = node.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (!step.entering) continue;
    const n = step.node;
    if (n.type === 'text') out += n.literal ?? '';
    else if (n.type === 'linebreak' || n.type === 'softbreak') out += '\n';
  }
  return out;
}

/** Every node type below `node` (not itself). */
function typesIn(node: Node): string[] {
  const types: string[] = [];
  const walker = node.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (step.entering && step.node !== node) types.push(step.node.type);
  }
  return types;
}

const children = (node: Node) => {
  const list: Node[] = [];
  for (let c = node.firstChild; c; c = c.next) list.push(c);
  return list;
};

/** A list item read back: its words, and whether it holds anything but one plain paragraph. */
function item(node: Node) {
  const [paragraph, ...more] = children(node);
  const strong = paragraph?.lastChild?.type === 'strong' ? paragraph.lastChild : undefined;
  if (strong) strong.unlink();
  const plain =
    paragraph?.type === 'paragraph' &&
    more.length === 0 &&
    typesIn(paragraph).every((t) => ['text', 'linebreak'].includes(t));
  const text = paragraph ? textOf(paragraph) : '';
  // The proud mark follows the words after one space.
  if (!strong) return { text, plain, proud: undefined };
  return { text: text.replace(/ $/, ''), plain, proud: textOf(strong) };
}

const parse = (md: string) => children(new Parser().parse(md));

let n = 0;
const win = (text: string, proud = false): Win => ({
  id: `w${++n}`,
  text,
  day: '2026-11-20',
  at: ++n,
  kind: 'win',
  tags: [],
  ...(proud ? { proud: true } : {}),
});
const words = {
  title: 'Small *wins* #',
  noteLabel: 'Note:',
  proud: 'proud',
  day: (d: string) => `Day ${d}`,
};

/** Share's Markdown of these wins, read back: headings, then one item per win. */
function shareRoundTrip(wins: Win[], note = '') {
  const pick = { wins, chosen: new Set(wins.map((w) => w.id)), note };
  const blocks = parse(shareMarkdown(pick, words));
  const quote = blocks.find((b) => b.type === 'block_quote');
  const list = blocks.find((b) => b.type === 'list');
  return {
    types: blocks.map((b) => b.type),
    headings: blocks.filter((b) => b.type === 'heading').map(textOf),
    note: quote && children(quote).length === 1 ? textOf(quote) : undefined,
    items: list ? children(list).map(item) : [],
  };
}

describe('Markdown keeps a person’s words', () => {
  it.each(TRICKY)('shares %j as exactly that text', (text) => {
    const back = shareRoundTrip([win(text), win(text, true)]);
    expect(back.types).toEqual(['heading', 'heading', 'list']);
    expect(back.headings).toEqual(['Small *wins* #', 'Day 2026-11-20']);
    expect(back.items).toEqual([
      { text, plain: true, proud: undefined },
      { text, plain: true, proud: '(proud)' },
    ]);
  });

  it.each(TRICKY)('exports %j as exactly that text', (text) => {
    const blocks = parse(winsToMarkdown([win(text)], 'Small Wins'));
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'list']);
    const list = blocks[2];
    expect(list && children(list).map(item)).toEqual([{ text, plain: true, proud: undefined }]);
  });

  it('keeps a note’s lines, blank lines and indents, each tricky line as written', () => {
    const note = ['For Thursday:', '', ...TRICKY.slice(0, 30), '   indented', 'last'].join('\n');
    const back = shareRoundTrip([win('One')], note);
    expect(back.types).toEqual(['heading', 'block_quote', 'heading', 'list']);
    expect(back.note).toBe(note);
  });

  it('keeps a win of several lines (an old import) in its one list item', () => {
    const text = 'First\n\n---\n  - second\n# third';
    expect(shareRoundTrip([win(text)]).items).toEqual([{ text, plain: true, proud: undefined }]);
  });

  it('keeps generated texts of Markdown’s own characters exactly', () => {
    // A small fixed generator, so a failure names the same text every run.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const pieces = [...'\\`*_[]()<>!#&;|~-+=.)1 \t', 'a', 'é', '&copy;', '&#1;', '---', '\n'];
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + (next() % 12) }, () => pieces[next() % pieces.length]).join(''),
    ).filter((t) => /\S/.test(t) && !/\n$/.test(t));
    const lost = texts.filter((text) => {
      const [back] = shareRoundTrip([win(text)]).items;
      return back?.text !== text || !back.plain;
    });
    expect(lost).toEqual([]);
  });

  it('reads plainly as a file too: a tag, a link or a sum stay as typed', () => {
    expect(markdownText('Wrote #write-a-book, see https://example.test: 2 + 2')).toBe(
      'Wrote #write-a-book, see https://example.test: 2 + 2',
    );
  });
});
