// The pause page's address is built by the worker and read by the page: what
// goes in comes out, and the way back only ever leads to the paused site.
import { describe, expect, it } from 'vitest';
import { pausePath, readPauseLink } from '../../../utils/core/pause-link';

const queryOf = (path: string) => path.slice(path.indexOf('?'));

describe('pause link', () => {
  it('reads back exactly what was built', () => {
    const link = {
      site: 'social.test',
      url: 'https://m.social.test/feed?x=1&y=2#top',
      usedMs: 61_234,
    };
    expect(pausePath(link)).toMatch(/^\/pause\.html\?/);
    expect(readPauseLink(queryOf(pausePath(link)))).toEqual(link);
  });

  it('is the mindful minute when there is no site', () => {
    expect(readPauseLink('')).toBeUndefined();
    expect(readPauseLink('?site=social.test')).toBeUndefined();
  });

  it.each([
    ['another site', 'https://evil.test/'],
    ['a look-alike host', 'https://notsocial.test/'],
    ['a host that only starts with the site', 'https://social.test.evil.test/'],
    ['an extension page', 'chrome-extension://abc/options.html'],
    ['a script URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,hi'],
    ['a file', 'file:///etc/passwd'],
    ['not a URL', 'social.test/feed'],
  ])('never sends the person to %s', (_name, url) => {
    expect(
      readPauseLink(queryOf(pausePath({ site: 'social.test', url, usedMs: 1 }))),
    ).toBeUndefined();
  });

  it('accepts the site written with a trailing dot', () => {
    const link = { site: 'social.test', url: 'http://social.test./feed', usedMs: 0 };
    expect(readPauseLink(queryOf(pausePath(link)))?.url).toBe('http://social.test./feed');
  });

  it('treats a garbage used time as none', () => {
    expect(readPauseLink('?site=a.test&url=http%3A%2F%2Fa.test%2F&used=abc')?.usedMs).toBe(0);
  });
});
