import { describe, expect, it } from 'vitest';
import { checkWinText, extractTags, MAX_WIN_LENGTH, makeWin } from '../../utils/win-rules';

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
