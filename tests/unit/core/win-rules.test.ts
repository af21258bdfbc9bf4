// Which win and reflection texts are accepted, why others are not, and how tags are read.
import { describe, expect, it } from 'vitest';
import { checkReflectionText } from '../../../utils/core/reflections';
import { checkWinText, extractTags, MAX_WIN_LENGTH, makeWin } from '../../../utils/core/win-rules';

const at = new Date(2026, 10, 22, 9, 30).getTime();

describe('checkWinText', () => {
  it('trims and accepts ordinary text', () => {
    expect(checkWinText('  Drank water  ')).toEqual({ ok: true, text: 'Drank water' });
  });

  it('refuses empty and whitespace-only text', () => {
    expect(checkWinText('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkWinText(' \t\n  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses text over the maximum instead of cutting it', () => {
    const long = 'a'.repeat(MAX_WIN_LENGTH + 1);
    expect(checkWinText(long)).toEqual({
      ok: false,
      reason: 'tooLong',
      length: MAX_WIN_LENGTH + 1,
      max: MAX_WIN_LENGTH,
    });
    expect(checkWinText('x'.repeat(10_000))).toMatchObject({ ok: false, reason: 'tooLong' });
    expect(checkWinText('a'.repeat(MAX_WIN_LENGTH))).toMatchObject({ ok: true });
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['zero-width joiners and a byte-order mark', '\u200c\u200d\ufeff\u2060'],
    ['invisible formatting characters', '\u202e\u2066\u00ad\u180e'],
    ['combining marks on their own', '\u0301\u0308'],
    ['a Hangul filler and a blank Braille cell', '\u3164 \u2800'],
    ['variation selectors and spaces of every width', '\ufe0f\u3000\u2003'],
  ])('refuses text with nothing visible: %s', (_name, text) => {
    expect(checkWinText(text)).toEqual({ ok: false, reason: 'empty' });
  });

  it('keeps visible text that carries invisible characters', () => {
    expect(checkWinText('👩\u200d💻 coded')).toEqual({ ok: true, text: '👩\u200d💻 coded' });
    expect(checkWinText('e\u0301')).toEqual({ ok: true, text: 'e\u0301' });
  });

  it('counts an emoji as one character', () => {
    expect(checkWinText('🎉'.repeat(MAX_WIN_LENGTH))).toMatchObject({ ok: true });
  });

  it('keeps right-to-left and HTML text exactly as typed', () => {
    expect(checkWinText('שתיתי מים')).toEqual({ ok: true, text: 'שתיתי מים' });
    const html = '<img src=x onerror=alert(1)>';
    expect(checkWinText(html)).toEqual({ ok: true, text: html });
  });

  it('turns pasted line breaks into spaces and refuses other control characters', () => {
    expect(checkWinText('one\r\ntwo\tthree')).toEqual({ ok: true, text: 'one two three' });
    expect(checkWinText('bell\u0007')).toEqual({ ok: false, reason: 'control' });
  });
});

describe('extractTags', () => {
  it('finds #tags once each, lower-cased', () => {
    expect(extractTags('Ran 5k #Health #run #health')).toEqual(['health', 'run']);
    expect(extractTags('no tags, not a#tag')).toEqual([]);
    expect(extractTags('#über #日本')).toEqual(['über', '日本']);
  });

  it('keeps a long tag whole instead of cutting it', () => {
    const long = 'a'.repeat(120);
    expect(extractTags(`Read #${long} today`)).toEqual([long]);
  });

  it('keeps combining accents inside a tag', () => {
    expect(extractTags('#cafe\u0301 time')).toEqual(['cafe\u0301']);
  });
});

describe('makeWin', () => {
  it('builds a win on the local day of `now`', () => {
    expect(makeWin({ text: ' Called mum #family ' }, { now: at, id: 'w1' })).toEqual({
      ok: true,
      win: {
        id: 'w1',
        text: 'Called mum #family',
        day: '2026-11-22',
        at,
        kind: 'win',
        tags: ['family'],
      },
    });
  });

  it('keeps the site and minutes of a log-off win', () => {
    const made = makeWin(
      { text: 'Logged off news.test', kind: 'logoff', site: 'news.test', minutes: 32 },
      { now: at, id: 'w2' },
    );
    expect(made).toMatchObject({
      ok: true,
      win: { kind: 'logoff', site: 'news.test', minutes: 32 },
    });
  });

  it('passes on the reason a text is refused', () => {
    expect(makeWin({ text: '   ' }, { now: at, id: 'w3' })).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('checkReflectionText', () => {
  it('refuses a reflection with nothing visible, like an empty one', () => {
    expect(checkReflectionText('\u200b\ufeff')).toEqual({ ok: false, reason: 'empty' });
    expect(checkReflectionText(' \u0301 ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('keeps line breaks but refuses other control characters', () => {
    expect(checkReflectionText('one\ntwo')).toEqual({ ok: true, text: 'one\ntwo' });
    expect(checkReflectionText('bell\u0007')).toEqual({ ok: false, reason: 'control' });
  });
});
