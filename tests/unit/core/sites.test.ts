// What a person types as a site becomes one clear rule, or a reason it cannot.
import { describe, expect, it } from 'vitest';
import {
  canonicalHost,
  covers,
  displayHost,
  originPatterns,
  overlapping,
  parseMinutes,
  parseSite,
  requestDomains,
  ruleForUrl,
  type SiteRule,
} from '../../../utils/core/sites';

describe('parseSite', () => {
  it.each([
    ['news.example', 'news.example', 'news.example'],
    ['  News.Example  ', 'news.example', 'news.example'],
    ['www.news.example', 'news.example', 'news.example'],
    ['https://www.social.example/', 'social.example', 'social.example'],
    ['http://m.social.example:8080/path', 'm.social.example/path', 'm.social.example/path'],
    ['social.example:8443', 'social.example', 'social.example'],
    ['news.example.', 'news.example', 'news.example'],
    ['bücher.example', 'xn--bcher-kva.example', 'bücher.example'],
    ['BÜCHER.example.', 'xn--bcher-kva.example', 'bücher.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example', 'bücher.example'],
    // A backslash is a slash in a web address, as the browser reads it.
    ['shop.test\\evil', 'shop.test/evil', 'shop.test/evil'],
    ['ｓｈｏｐ．ｔｅｓｔ', 'shop.test', 'shop.test'],
    ['sho\u200bp.test', 'shop.test', 'shop.test'],
    [
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(56)}.test`,
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(56)}.test`,
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(56)}.test`,
    ],
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
    ['mailto:someone@mail.example', 'scheme'],
    ['user:pw@mail.test', 'credentials'],
    ['https://user:pw@mail.test/inbox', 'credentials'],
    ['https://user@video.example/', 'credentials'],
    ['\u200b', 'empty'],
    ['\u200b\u200d\ufeff', 'empty'],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test`, 'tooLong'],
    [`${'a'.repeat(64)}.test`, 'invalid'],
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

  it('knows a site however its host is written', () => {
    const intl: SiteRule[] = [
      ...rules,
      { host: 'xn--bcher-kva.example', label: 'bücher.example', dailyMinutes: 5 },
    ];
    for (const url of [
      'http://social.example./feed',
      'http://SOCIAL.example/feed',
      'https://www.social.example./',
      'http://m.social.example.:8080/x',
    ]) {
      expect(ruleForUrl(url, intl)?.host, url).toBe('social.example');
    }
    expect(ruleForUrl('http://bücher.example./', intl)?.host).toBe('xn--bcher-kva.example');
    expect(ruleForUrl('http://XN--BCHER-KVA.example/', intl)?.host).toBe('xn--bcher-kva.example');
    expect(covers('social.example', 'social.example.')).toBe(true);
    expect(covers('xn--bcher-kva.example', 'Bücher.Example')).toBe(true);
    expect(overlapping('social.example.', rules)?.host).toBe('social.example');
    expect(overlapping('www.news.example', rules)?.host).toBe('news.example');
  });

  it('finds overlaps in both directions', () => {
    expect(overlapping('m.social.example', rules)?.host).toBe('social.example');
    expect(overlapping('example', rules)?.host).toBe('social.example');
    expect(overlapping('video.example', rules)).toBeUndefined();
  });

  it('asks for one site and its subdomains', () => {
    expect(originPatterns('social.example', false)).toEqual(['*://*.social.example/*']);
  });

  it('also asks for the host with its trailing dot where patterns compare it as written', () => {
    expect(originPatterns('xn--bcher-kva.example', true)).toEqual([
      '*://*.xn--bcher-kva.example/*',
      '*://*.xn--bcher-kva.example./*',
    ]);
  });

  it('names a site in network rules as written and with its trailing dot', () => {
    expect(requestDomains('social.example')).toEqual(['social.example', 'social.example.']);
  });
});

describe('one host however it is written', () => {
  it.each([
    ['Social.Example.', 'social.example'],
    ['www.social.example', 'social.example'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['XN--BCHER-KVA.EXAMPLE.', 'xn--bcher-kva.example'],
  ])('%j is %s', (written, host) => {
    expect(canonicalHost(written)).toBe(host);
  });

  it('is not a host when it holds a path, a login or a port', () => {
    for (const text of ['', 'a b.example', 'x@y.example', 'y.example/path', 'y.example:80']) {
      expect(canonicalHost(text), text).toBeUndefined();
    }
  });

  it('shows a punycode host as people write it, and keeps what does not decode cleanly', () => {
    expect(displayHost('xn--bcher-kva.example')).toBe('bücher.example');
    expect(displayHost('xn--r8jz45g.xn--zckzah')).toBe('例え.テスト');
    expect(displayHost('social.example')).toBe('social.example');
    expect(displayHost('xn--zz.example')).toBe('xn--zz.example');
  });
});
