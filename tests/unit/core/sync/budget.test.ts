// One budget across computers: a day's minutes on a limited site are the
// sum of every computer's own count, and only today's count of each.
import { describe, expect, it } from 'vitest';
import { withOthers } from '@/utils/core/sync/budget';
import { othersMinutes } from '@/utils/core/sync/held';
import type { Doc } from '@/utils/core/sync/model';

describe('minutes summed across computers', () => {
  const doc: Doc = {
    'u:2026-03-10|news.test|aaaaaaaa': {
      n: 1,
      c: 'aaaaaaaa',
      d: { ms: 60_000 },
      day: '2026-03-10',
    },
    'u:2026-03-10|news.test|bbbbbbbb': {
      n: 2,
      c: 'bbbbbbbb',
      d: { ms: 120_000 },
      day: '2026-03-10',
    },
    'u:2026-03-10|news.test|cccccccc': {
      n: 3,
      c: 'cccccccc',
      d: { ms: 30_000 },
      day: '2026-03-10',
    },
    'u:2026-03-09|news.test|bbbbbbbb': {
      n: 4,
      c: 'bbbbbbbb',
      d: { ms: 999_000 },
      day: '2026-03-09',
    },
  };

  it('adds every other computer’s own count to this one’s, never this one’s twice', () => {
    const others = othersMinutes(doc, 'aaaaaaaa');
    expect(others['2026-03-10']).toEqual({ 'news.test': 150_000 });
    const day = withOthers({ 'news.test': { ms: 60_000, grantedMs: 0 } }, others['2026-03-10']);
    expect(day['news.test']).toEqual({ ms: 210_000, grantedMs: 0 });
  });

  it('counts a site only another computer used that day', () => {
    const day = withOthers({}, { 'video.test': 45_000 });
    expect(day['video.test']).toEqual({ ms: 45_000, grantedMs: 0 });
  });
});
