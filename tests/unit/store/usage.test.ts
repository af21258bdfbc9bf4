// Stored time per day and site adds up and is announced.
import { describe, expect, it } from 'vitest';
import { addUsage, readDayUsage, setDayUsage } from '../../../utils/store/usage';

describe('stored usage', () => {
  it('adds time per day and site and keeps snooze grants', async () => {
    await addUsage('2026-11-22', 'social.example', 30_000);
    await addUsage('2026-11-22', 'social.example', 15_000);
    await addUsage('2026-11-22', 'news.example', 1_000);
    await addUsage('2026-11-21', 'social.example', 99_000);
    await addUsage('2026-11-22', 'news.example', 0);
    expect(await readDayUsage('2026-11-22')).toEqual({
      'social.example': { ms: 45_000, grantedMs: 0 },
      'news.example': { ms: 1_000, grantedMs: 0 },
    });
    await setDayUsage('2026-11-22', 'social.example', { ms: 45_000, grantedMs: 300_000 });
    await addUsage('2026-11-22', 'social.example', 5_000);
    expect((await readDayUsage('2026-11-22'))['social.example']).toEqual({
      ms: 50_000,
      grantedMs: 300_000,
    });
  });
});
