// Sharing gives out only what the person kept ticked: unticked wins appear
// in no output, the note and proud marks travel, Markdown stays plain text.
import { describe, expect, it } from 'vitest';
import { shareMarkdown, shareText } from '../../../utils/core/share';
import type { Win } from '../../../utils/core/win-rules';

const w = (id: string, text: string, day: string, at: number, proud = false): Win => ({
  id,
  text,
  day,
  at,
  kind: 'win',
  tags: [],
  ...(proud ? { proud: true } : {}),
});
const wins = [
  w('a', 'Walked to the park', '2026-11-20', 1),
  w('b', 'Private thing', '2026-11-20', 2),
  w('c', 'Finished *the* draft', '2026-11-21', 3, true),
];
const words = {
  title: 'Small wins',
  noteLabel: 'Note:',
  proud: 'proud',
  day: (d: string) => `Day ${d}`,
};

describe('sharing', () => {
  const pick = { wins, chosen: new Set(['a', 'c']), note: 'For Thursday' };

  it('writes plain text with the note, days and proud marks, and no unticked win', () => {
    const text = shareText(pick, words);
    expect(text).toBe(
      'Small wins\n\nNote: For Thursday\n\nDay 2026-11-20\n- Walked to the park\n\nDay 2026-11-21\n- Finished *the* draft (proud)\n',
    );
    expect(text).not.toContain('Private');
  });

  it('writes Markdown whose text cannot become formatting', () => {
    const md = shareMarkdown(pick, words);
    expect(md).toContain('- Finished \\*the\\* draft **(proud)**');
    expect(md).toContain('> For Thursday');
    expect(md).not.toContain('Private');
  });

  it('leaves out a day whose wins were all unticked', () => {
    expect(shareText({ wins, chosen: new Set(['c']), note: '' }, words)).not.toContain(
      '2026-11-20',
    );
  });
});
