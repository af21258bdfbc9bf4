// A part of a site as people type it ("youtube.com/shorts"): the spellings
// that mean one rule, the ones refused with a reason, and which addresses
// each rule covers. A whole host and a part of it are two rules, never a clash.
import { describe, expect, it } from 'vitest';
import { asksOnMove, NO_MARKS, noteMark } from '../../../utils/core/intention';
import { readIntentionLink } from '../../../utils/core/intention-link';
import { outsideUrl, pausePath, readPauseLink } from '../../../utils/core/pause-link';
import { siteHost } from '../../../utils/core/site-parts';
import {
  canonicalSite,
  overlapping,
  parseSite,
  rulesForUrl,
  type SiteRule,
  siteCoversUrl,
} from '../../../utils/core/sites';

const rule = (host: string, extra: Partial<SiteRule> = {}): SiteRule => ({
  host,
  label: host,
  dailyMinutes: 1,
  ...extra,
});

describe('parseSite with a path', () => {
  it.each([
    ['youtube.com/shorts', 'youtube.com/shorts', 'youtube.com/shorts'],
    ['youtube.com/shorts/', 'youtube.com/shorts', 'youtube.com/shorts'],
    ['https://www.YouTube.com/Shorts/', 'youtube.com/shorts', 'youtube.com/shorts'],
    ['HTTP://youtube.com/shorts', 'youtube.com/shorts', 'youtube.com/shorts'],
    ['  www.instagram.com/reels  ', 'instagram.com/reels', 'instagram.com/reels'],
    ['reddit.com/r/all', 'reddit.com/r/all', 'reddit.com/r/all'],
    ['x.com/home//', 'x.com/home', 'x.com/home'],
    ['reddit.com/r/España', 'reddit.com/r/espa%c3%b1a', 'reddit.com/r/españa'],
    ['bücher.example/neu', 'xn--bcher-kva.example/neu', 'bücher.example/neu'],
    ['youtube.com/', 'youtube.com', 'youtube.com'],
    ['https://youtube.com', 'youtube.com', 'youtube.com'],
    ['youtube.com:443/shorts', 'youtube.com/shorts', 'youtube.com/shorts'],
  ])('accepts %j as %s', (input, host, label) => {
    expect(parseSite(input)).toEqual({ ok: true, host, label });
  });

  it.each([
    ['youtube.com/watch?v=abc', 'query'],
    ['youtube.com/shorts#top', 'query'],
    ['youtube.com?', 'query'],
    ['https://x.com/#/home', 'query'],
    [`video.test/${'a'.repeat(200)}`, 'pathTooLong'],
    ['youtube.com/ shorts', 'invalid'],
    ['https://user@youtube.com/shorts', 'credentials'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseSite(input)).toEqual({ ok: false, reason });
  });

  it('keeps the stored form however a stored rule is spelled, and nothing else', () => {
    expect(canonicalSite('YouTube.com/Shorts/')).toBe('youtube.com/shorts');
    expect(canonicalSite('www.youtube.com/shorts')).toBe('youtube.com/shorts');
    expect(canonicalSite('https://youtube.com/shorts')).toBeUndefined();
    expect(canonicalSite('youtube.com/shorts?x=1')).toBeUndefined();
    expect(canonicalSite('user@youtube.com/shorts')).toBeUndefined();
    expect(siteHost('youtube.com/shorts')).toBe('youtube.com');
  });
});

describe('which addresses a part of a site covers', () => {
  it.each([
    ['https://youtube.com/shorts', true],
    ['https://www.youtube.com/shorts/', true],
    ['https://m.youtube.com/shorts/abc?feature=share', true],
    ['https://youtube.com/Shorts/abc', true],
    ['http://youtube.com/shorts#x', true],
    ['https://youtube.com/shortstack', false],
    ['https://youtube.com/', false],
    ['https://youtube.com/watch?v=shorts', false],
    ['https://youtube.com/feed/shorts', false],
    ['https://youtube.com.evil.test/shorts', false],
    ['ftp://youtube.com/shorts', false],
  ])('%s → %s', (url, covered) => {
    expect(siteCoversUrl('youtube.com/shorts', url)).toBe(covered);
  });

  it('lists every rule for an address, the part before its whole host', () => {
    const rules = [rule('youtube.com'), rule('youtube.com/shorts'), rule('news.test')];
    const hosts = (url: string) => rulesForUrl(url, rules).map((r) => r.host);
    expect(hosts('https://youtube.com/shorts/1')).toEqual(['youtube.com/shorts', 'youtube.com']);
    expect(hosts('https://youtube.com/watch')).toEqual(['youtube.com']);
  });

  it('lets a whole host and a part of it be limited together, but not two overlapping parts', () => {
    expect(overlapping('youtube.com/shorts', [rule('youtube.com')])).toBeUndefined();
    expect(overlapping('youtube.com', [rule('youtube.com/shorts')])).toBeUndefined();
    expect(overlapping('youtube.com/shorts', [rule('youtube.com/short')])).toBeUndefined();
    expect(overlapping('youtube.com/shorts/a', [rule('youtube.com/shorts')])?.host).toBe(
      'youtube.com/shorts',
    );
    expect(overlapping('youtube.com/shorts', [rule('m.youtube.com/shorts')])?.host).toBe(
      'm.youtube.com/shorts',
    );
    expect(overlapping('youtube.com/shorts', [rule('youtube.com/shorts')])?.host).toBe(
      'youtube.com/shorts',
    );
  });
});

describe('the pause and the intention page of a part of a site', () => {
  it('returns only under the path, and offers the top of the site outside it', () => {
    const at = (url: string) =>
      readPauseLink(
        pausePath({ site: 'video.test/shorts', url, usedMs: 60_000 }).split('?')[1] ?? '',
      );
    expect(at('https://video.test/watch?v=1')).toBeUndefined();
    const link = at('https://www.video.test/shorts/7');
    expect(link?.url).toBe('https://www.video.test/shorts/7');
    expect(link && outsideUrl(link)).toBe('https://www.video.test/');
    expect(outsideUrl({ site: 'video.test', url: 'https://video.test/a', usedMs: 0 })).toBe(
      undefined,
    );
  });

  it('asks on an in-page move only for a part of a site, and the page passed covers its host', () => {
    const rules = [
      rule('video.test', { intention: true }),
      rule('video.test/shorts', { intention: true }),
    ];
    const ctx = { now: 1e12, dayStartHour: 0, marks: NO_MARKS, usage: {} };
    expect(asksOnMove('https://video.test/shorts/1', rules, ctx)).toBe(true);
    expect(asksOnMove('https://video.test/watch', rules, ctx)).toBe(false);
    expect(readIntentionLink('#https://video.test/shorts/1', rules)?.site).toBe(
      'video.test/shorts',
    );
    const marks = noteMark(
      NO_MARKS,
      { type: 'passed', host: 'video.test/shorts', at: 1e12 },
      rules,
    );
    expect(marks.passed).toEqual({ 'video.test/shorts': 1e12, 'video.test': 1e12 });
    expect(asksOnMove('https://video.test/shorts/2', rules, { ...ctx, marks })).toBe(false);
    // Passing the whole host does not pass the part: it asks for itself.
    const host = noteMark(NO_MARKS, { type: 'passed', host: 'video.test', at: 1e12 }, rules);
    expect(asksOnMove('https://video.test/shorts/2', rules, { ...ctx, marks: host })).toBe(true);
  });
});
