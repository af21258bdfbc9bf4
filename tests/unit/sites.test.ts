import { describe, expect, it } from 'vitest';
import {
  originPattern,
  overlapping,
  parseMinutes,
  parseSite,
  ruleForUrl,
  type SiteRule,
} from '../../utils/sites';

describe('parseSite', () => {
  it.each([
    ['news.example', 'news.example', 'news.example'],
    ['  News.Example  ', 'news.example', 'news.example'],
    ['www.news.example', 'news.example', 'news.example'],
    ['https://www.social.example/feed?x=1#top', 'social.example', 'social.example'],
    ['http://m.social.example:8080/path', 'm.social.example', 'm.social.example'],
    ['social.example:8443', 'social.example', 'social.example'],
    ['news.example.', 'news.example', 'news.example'],
    ['bücher.example', 'xn--bcher-kva.example', 'bücher.example'],
    ['https://user@video.example/', 'video.example', 'video.example'],
  ])('accepts %j as %s', (input, host, label) => {
    expect(parseSite(input)).toEqual({ ok: true, host, label });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a site', 'invalid'],
    ['news', 'invalid'],
    ['-bad-.example', 'invalid'],
    ['news.123', 'invalid'],
    ['<script>.example', 'invalid'],
    ['http://', 'invalid'],
    ['192.168.0.1', 'ip'],
    ['http://10.0.0.1:8080/', 'ip'],
    ['[::1]', 'ip'],
    ['localhost', 'localhost'],
    ['localhost:3000', 'localhost'],
    ['app.localhost', 'localhost'],
    ['ftp://files.example', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['chrome://settings', 'scheme'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseSite(input)).toEqual({ ok: false, reason });
  });
});

describe('parseMinutes', () => {
  it('accepts whole minutes from 1 to 1440', () => {
    expect(parseMinutes('1')).toEqual({ ok: true, minutes: 1 });
    expect(parseMinutes(' 1440 ')).toEqual({ ok: true, minutes: 1440 });
  });
  it.each(['0', '1441', '2.5', '-3', '', 'ten', '1e3'])('refuses %j', (input) => {
    expect(parseMinutes(input)).toEqual({ ok: false, reason: 'minutes' });
  });
});

describe('matching pages to rules', () => {
  const rules: SiteRule[] = [
    { host: 'social.example', label: 'social.example', dailyMinutes: 10 },
    { host: 'news.example', label: 'news.example', dailyMinutes: 20 },
  ];

  it('covers a site and its subdomains, on http and https only', () => {
    expect(ruleForUrl('https://social.example/', rules)?.host).toBe('social.example');
    expect(ruleForUrl('http://m.social.example/x', rules)?.host).toBe('social.example');
    expect(ruleForUrl('https://notsocial.example/', rules)).toBeUndefined();
    expect(ruleForUrl('https://social.example.evil.test/', rules)).toBeUndefined();
    expect(
      ruleForUrl('chrome-extension://abc/pause.html?site=social.example', rules),
    ).toBeUndefined();
    expect(ruleForUrl(undefined, rules)).toBeUndefined();
  });

  it('finds overlaps in both directions', () => {
    expect(overlapping('m.social.example', rules)?.host).toBe('social.example');
    expect(overlapping('example', rules)?.host).toBe('social.example');
    expect(overlapping('video.example', rules)).toBeUndefined();
  });

  it('asks for one site and its subdomains', () => {
    expect(originPattern('social.example')).toBe('*://*.social.example/*');
  });
});
