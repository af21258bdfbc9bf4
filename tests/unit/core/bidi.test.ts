// The person's words keep their own direction inside other text, on screen
// and in everything that leaves the device: copied text, Markdown and CSV.
import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { winsToCsv, winsToMarkdown } from '../../../utils/core/backup';
import { FSI, hasRightToLeft, isolate, PDI } from '../../../utils/core/bidi';
import { shareMarkdown, shareText } from '../../../utils/core/share';
import type { Win } from '../../../utils/core/win-rules';

const ARABIC = 'مشيت إلى الحديقة';
const win = (id: string, text: string, at: number): Win => ({
  id,
  text,
  day: '2026-11-20',
  at,
  kind: 'win',
  tags: [],
});
const wins = [win('a', ARABIC, 1), win('b', 'Walked 3 km', 2)];
const pick = { wins, chosen: new Set(['a', 'b']), note: '' };
const words = (rightToLeft: boolean) => ({
  title: rightToLeft ? 'انتصارات صغيرة' : 'Small wins',
  noteLabel: 'Note:',
  proud: 'proud',
  day: (d: string) => d,
  rightToLeft,
});
const iso = (text: string) => `${FSI}${text}${PDI}`;

describe('isolating a person’s words', () => {
  it('isolates right-to-left words anywhere, and every word in a right-to-left context', () => {
    expect(isolate(ARABIC, false)).toBe(iso(ARABIC));
    expect(isolate('social.example', true)).toBe(iso('social.example'));
    expect(isolate('שלום', false)).toBe(iso('שלום'));
  });

  it('leaves left-to-right words in a left-to-right context byte for byte, and empty text empty', () => {
    expect(isolate('social.example', false)).toBe('social.example');
    expect(isolate('', true)).toBe('');
    expect(hasRightToLeft('Walked 3 km')).toBe(false);
  });
});

describe('exports', () => {
  it('copied text isolates an Arabic win in an English list, and every win in an Arabic one', () => {
    const english = shareText(pick, words(false));
    expect(english).toContain(`- ${iso(ARABIC)}\n`);
    expect(english).toContain('- Walked 3 km\n');
    const arabic = shareText(pick, words(true));
    expect(arabic).toContain(`- ${iso('Walked 3 km')}\n`);
  });

  it('Markdown isolates each line of the words and still renders them as plain list text', () => {
    const md = shareMarkdown(
      { ...pick, wins: [win('a', `# ${ARABIC}\nسطر`, 1)], chosen: new Set(['a']) },
      words(true),
    );
    expect(md).toContain(`- ${iso(`\\# ${ARABIC}`)}\\\n  ${iso('سطر')}`);
    const doc = new Parser().parse(md);
    const walker = doc.walker();
    const types = new Set<string>();
    for (let e = walker.next(); e; e = walker.next()) types.add(e.node.type);
    expect(types.has('list')).toBe(true);
    // The escaped # is text, never a second heading.
    expect(md.match(/^#/gm)).toHaveLength(2);
  });

  it('the Markdown export isolates the wins in a right-to-left language', () => {
    expect(winsToMarkdown(wins, 'انتصارات', true)).toContain(`- ${iso('Walked 3 km')}`);
    expect(winsToMarkdown(wins, 'Small Wins', false)).toContain('- Walked 3 km\n');
  });

  it('CSV isolates a cell of right-to-left words inside its quotes and leaves the others as written', () => {
    const csv = winsToCsv(wins);
    expect(csv).toContain(`"${iso(ARABIC)}"`);
    expect(csv).toContain('"Walked 3 km"');
    expect(csv).toContain('"win"');
  });
});
