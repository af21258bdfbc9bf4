// The evening nudge's "was the browser used today" is read under the day
// start in force when it decides, not the one in force when use was noted:
// a person who changes their day start after midnight still gets tonight's
// reminder, and use is written at most once a day.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/core/settings';
import { forgetRetiredUseDay, noteUsed, nudgeFacts } from '../../../utils/store/nudge';
import { updateSettings } from '../../../utils/store/settings';

const at = (iso: string) => new Date(iso).getTime();
const alarm = (day: string, scheduledAt: number) => ({ day, reason: 'time' as const, scheduledAt });

describe('noting use for the evening nudge', () => {
  it('reads the day of use under a day start changed after it was noted', async () => {
    const used = at('2026-12-07T00:25:00');
    await noteUsed(used, 0);
    await updateSettings(() => ({ ...DEFAULT_SETTINGS, dayStartHour: 10, nudgeMinute: 26 }));
    const facts = await nudgeFacts(used + 60_000, alarm('2026-12-06', used + 60_000));
    expect(facts.usedDay).toBe('2026-12-06');
  });

  it('writes once a day, and again on the next day', async () => {
    const morning = at('2026-12-07T08:00:00');
    await noteUsed(morning, 0);
    await noteUsed(morning + 3_600_000, 0);
    expect((await fakeBrowser.storage.local.get('usedAt')).usedAt).toBe(morning);
    const next = at('2026-12-08T08:00:00');
    await noteUsed(next, 0);
    expect((await fakeBrowser.storage.local.get('usedAt')).usedAt).toBe(next);
  });

  it('forgets the day of use older versions kept', async () => {
    await fakeBrowser.storage.local.set({ usedDay: '2026-12-06' });
    await forgetRetiredUseDay();
    expect(await fakeBrowser.storage.local.get('usedDay')).toEqual({});
  });

  it('says no day was used before any use was noted', async () => {
    const now = at('2026-12-07T20:00:00');
    expect((await nudgeFacts(now, alarm('2026-12-07', now))).usedDay).toBeNull();
  });
});
