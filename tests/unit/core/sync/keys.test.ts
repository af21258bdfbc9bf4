// A usage key names a day, a limited site and a computer. A site can be a part
// of a site ("video.test/shorts"), and a path may hold characters a key uses
// as a separator, so a key must read back as the parts it was made of.
import { describe, expect, it } from 'vitest';
import { parseUsageKey, usageKey } from '@/utils/core/sync/model';

describe('usage keys', () => {
  it.each(['social.test', 'video.test/shorts', 'video.test/a|b', 'bücher.test/x'])(
    '%s reads back as the day, the site and the computer it was made of',
    (site) => {
      const key = usageKey('2026-03-04', site, 'c0ffee');
      expect(parseUsageKey(key)).toEqual({ day: '2026-03-04', host: site, computer: 'c0ffee' });
    },
  );

  it('a key that is not a usage key reads as nothing', () => {
    expect(parseUsageKey('w:123')).toBeNull();
    expect(parseUsageKey('u:2026-03-04|social.test')).toBeNull();
  });
});
