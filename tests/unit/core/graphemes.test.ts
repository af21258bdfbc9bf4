// Text is counted, cut and tagged by grapheme, as a person sees characters:
// a Devanagari letter with its vowel signs, a family emoji, an accent typed
// as a combining mark, Persian's joiner inside a word. A goal's tag keeps
// them whole, and it goes beside the person's words, never into them.
import { describe, expect, it } from 'vitest';
import { checkReflectionText, REFLECTION_MAX } from '../../../utils/core/reflections';
import { goalTag, stepWin } from '../../../utils/core/steps';
import { cutText, visibleLength } from '../../../utils/core/text';
import {
  checkWinText,
  extractTags,
  MAX_WIN_LENGTH,
  makeWin,
  retag,
} from '../../../utils/core/win-rules';

const HINDI = 'हिंदी लिखना';
const FAMILY = '👨\u200d👩\u200d👧';
const now = new Date(2026, 10, 22, 9).getTime();

describe('a goal’s tag keeps every script whole', () => {
  it.each([
    ['Hindi with its vowel signs', HINDI, 'हिंदी-लिखना'],
    ['Persian with a joiner inside a word', 'می\u200cخواهم بنویسم', 'می\u200cخواهم-بنویسم'],
    ['an accent typed as a combining mark', 'Cafe\u0301 au lait', 'cafe\u0301-au-lait'],
    ['Thai', 'อ่านหนังสือ ทุกวัน', 'อ่านหนังสือ-ทุกวัน'],
    ['Vietnamese', 'Học tiếng Việt', 'học-tiếng-việt'],
    ['English', 'Write a book', 'write-a-book'],
  ])('%s', (_what, goal, tag) => {
    expect(goalTag(goal)).toBe(tag);
    // The tag reads back whole from a win's words too.
    expect(extractTags(`Did it #${tag}`)).toEqual([tag]);
  });

  it('is cut between characters, never inside one', () => {
    expect(goalTag('हिं'.repeat(50))).toBe('हिं'.repeat(40));
    expect(goalTag(`${'a'.repeat(39)}e\u0301xyz`)).toBe(`${'a'.repeat(39)}e\u0301`);
    expect(goalTag(`${'a'.repeat(39)} ${FAMILY}`)).toBe('a'.repeat(39));
  });
});

describe('a goal’s tag goes beside the words, never into them', () => {
  it('saves a step’s win as the person wrote it, the tag in its tags', () => {
    const step = { text: 'हिंदी में एक पन्ना', goal: HINDI };
    const made = makeWin(stepWin(step), { now, id: 'a' });
    expect(made).toMatchObject({
      ok: true,
      win: { text: 'हिंदी में एक पन्ना', tags: ['हिंदी-लिखना'] },
    });
  });

  it('keeps the text’s own tags first and the goal’s once', () => {
    const made = makeWin(
      { text: 'Wrote #draft #write-a-book', tags: ['write-a-book'] },
      { now, id: 'b' },
    );
    expect(made.ok && made.win.tags).toEqual(['draft', 'write-a-book']);
  });

  it('keeps the goal’s tag when the words are edited, and follows the words for the rest', () => {
    const win = { text: 'Wrote #draft', tags: ['draft', 'write-a-book'], kind: 'win' as const };
    expect(retag(win, 'Wrote two pages #morning')).toEqual(['morning', 'write-a-book']);
  });
});

describe('length is counted in characters a person sees', () => {
  it.each([
    [FAMILY, 1],
    ['हिंदी', 2],
    ['e\u0301', 1],
    ['🇪🇸', 1],
    ['abc', 3],
  ])('%s is %i', (text, length) => {
    expect(visibleLength(text)).toBe(length);
  });

  it('takes a win of the longest length in any script, and says how long in characters', () => {
    expect(checkWinText(FAMILY.repeat(MAX_WIN_LENGTH))).toMatchObject({ ok: true });
    expect(checkWinText('हिं'.repeat(MAX_WIN_LENGTH))).toMatchObject({ ok: true });
    expect(checkWinText(FAMILY.repeat(MAX_WIN_LENGTH + 1))).toEqual({
      ok: false,
      reason: 'tooLong',
      length: MAX_WIN_LENGTH + 1,
      max: MAX_WIN_LENGTH,
    });
  });

  it('takes a note of the longest length in any script', () => {
    expect(checkReflectionText(FAMILY.repeat(REFLECTION_MAX))).toMatchObject({ ok: true });
    expect(checkReflectionText('a'.repeat(REFLECTION_MAX + 1))).toMatchObject({ ok: false });
  });

  it('cuts between characters', () => {
    expect(cutText(`${FAMILY}abc`, 2)).toBe(`${FAMILY}a`);
    expect(cutText(HINDI, 1)).toBe('हिं');
  });
});
