// A usage key names a day, a limited site and a computer. A site can be a part
// of a site ("video.test/shorts"), and a path may hold characters a key uses
// as a separator, so a key must read back as the parts it was made of; and
// a part of a site travels like a whole one.
import { describe, expect, it } from 'vitest';
import { contextAt } from '@/utils/core/backup-records';
import { parseUsageKey, usageKey } from '@/utils/core/sync/model';
import { checkRecord } from '@/utils/core/sync/records';

const ctx = contextAt(Date.UTC(2026, 2, 10, 12), 0);

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

describe('a part of a site in the sync area', () => {
  it('travels as written, with its own minutes', () => {
    const site = { host: 'video.test/shorts', label: 'video.test/shorts', dailyMinutes: 10 };
    expect(checkRecord('site:video.test/shorts', site, undefined, 'c0ffee', ctx)).toEqual({
      ok: true,
      d: site,
    });
    const minutes = usageKey('2026-03-10', 'video.test/shorts', 'c0ffee');
    expect(checkRecord(minutes, { ms: 60_000 }, '2026-03-10', 'c0ffee', ctx)).toEqual({
      ok: true,
      d: { ms: 60_000 },
    });
  });

  it('is refused when its key and its rule disagree', () => {
    const site = { host: 'video.test/shorts', label: 'video.test/shorts', dailyMinutes: 10 };
    expect(checkRecord('site:video.test', site, undefined, 'c0ffee', ctx).ok).toBe(false);
  });
});
