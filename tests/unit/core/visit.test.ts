// A site intention's text and address: a win's text rules on one short line,
// and an intention page that only ever sends the person on to a limited site.
import { describe, expect, it } from 'vitest';
import { intentionPath, readIntentionLink } from '../../../utils/core/intention-link';
import type { SiteRule } from '../../../utils/core/sites';
import { checkVisitText, VISIT_MAX, visitId } from '../../../utils/core/visit';

describe('the text of a site intention', () => {
  it('is trimmed, and line breaks from a paste become spaces', () => {
    expect(checkVisitText('  reply to Sam \n')).toEqual({ ok: true, text: 'reply to Sam' });
    expect(checkVisitText('reply\nto Sam')).toEqual({ ok: true, text: 'reply to Sam' });
  });

  it.each(['', '   ', '\u200b', '\n\t'])('refuses %j as empty', (raw) => {
    expect(checkVisitText(raw)).toEqual({ ok: false, reason: 'empty' });
  });

  it('takes up to 140 characters as a person counts them, and refuses more without cutting', () => {
    expect(VISIT_MAX).toBe(140);
    expect(checkVisitText('x'.repeat(140)).ok).toBe(true);
    expect(checkVisitText('🌱'.repeat(140)).ok).toBe(true);
    expect(checkVisitText('x'.repeat(141))).toEqual({
      ok: false,
      reason: 'tooLong',
      length: 141,
      max: 140,
    });
  });

  it('refuses control characters', () => {
    expect(checkVisitText('reply\u0007')).toEqual({ ok: false, reason: 'control' });
  });

  it('is kept once per day and site', () => {
    expect(visitId('2026-11-20', 'social.test')).toBe('visit:2026-11-20:social.test');
  });
});

describe('the intention page address', () => {
  const rules: SiteRule[] = [{ host: 'social.test', label: 'social.test', dailyMinutes: 5 }];

  it('carries the whole address, query and all, and reads it back', () => {
    const url = 'http://social.test/feed?thread=7&from=mail';
    const path = intentionPath(url);
    expect(path).toBe(`/intention.html#${url}`);
    expect(readIntentionLink(`#${url}`, rules)).toEqual({ site: 'social.test', url });
    expect(readIntentionLink('#https://M.Social.test/x', rules)).toEqual({
      site: 'social.test',
      url: 'https://m.social.test/x',
    });
  });

  it.each([
    'javascript:alert(1)',
    'chrome-extension://abc/options.html',
    'moz-extension://abc/options.html',
    'file:///etc/passwd',
    'data:text/html,hi',
    'https://calm.test/',
    'https://social.test.evil.example/',
    'https://user:pw@social.test/',
    'not a url',
    '',
  ])('never leads to %j', (target) => {
    expect(readIntentionLink(`#${target}`, rules)).toBeUndefined();
  });
});
