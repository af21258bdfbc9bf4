// One sync on this computer against a sync area another computer wrote to:
// what travels arrives, what is here travels, nothing is overwritten, a bad
// item is refused by name, a full area is reported with nothing lost, and
// turning off removes only this computer's keys.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey } from '../../../utils/core/day';
import type { Doc } from '../../../utils/core/sync/model';
import { pack } from '../../../utils/core/sync/pack';
import { getDb } from '../../../utils/store/db';
import { syncOthersItem, syncStateItem } from '../../../utils/store/sync/items';
import { syncNow } from '../../../utils/store/sync/run';
import { clearSyncArea, turnSyncOff, turnSyncOn } from '../../../utils/store/sync/switch';
import { addWin, deleteWin, editWin } from '../../../utils/store/wins';

afterEach(() => vi.restoreAllMocks());

const OTHER = 'bbbbbbbbbbbbbbbb';
const now = Date.now();
const today = dayKey(now, 4);

/** What another computer wrote: its card and parts, as it would pack them. */
async function otherWrites(doc: Doc) {
  await fakeBrowser.storage.sync.set(pack(doc, OTHER, 'Desk', 50_000).items);
}
const otherWin = (id: string, text: string, n: number): Doc => ({
  [`w:${id}`]: {
    n,
    c: OTHER,
    d: { id, text, day: today, at: now, kind: 'win', tags: [] },
    day: today,
  },
});
const winsHere = async () => (await (await getDb()).getAll('wins')).map((w) => w.text).sort();
const ownKeys = async () => {
  const { id } = await syncStateItem.getValue();
  return Object.keys(await fakeBrowser.storage.sync.get(null)).filter((k) => k.includes(id ?? '?'));
};

describe('syncing this computer', () => {
  it('brings another computer’s win here and sends this computer’s wins there', async () => {
    await addWin({ text: 'Written here' });
    await otherWrites(otherWin('o1', 'Written on the desk', 3));
    await turnSyncOn('Laptop');
    await syncNow(now);
    expect(await winsHere()).toEqual(['Written here', 'Written on the desk']);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toContain('Written here');
    expect((await syncStateItem.getValue()).meter?.computers).toBe(2);
  });

  it('sends an edit and a deletion, and an older copy brings neither back', async () => {
    await otherWrites(otherWin('o1', 'First words', 3));
    await turnSyncOn('Laptop');
    await syncNow(now);
    await editWin('o1', 'Better words');
    await addWin({ text: 'Short-lived' });
    await syncNow(now);
    const [short] = (await (await getDb()).getAll('wins')).filter((w) => w.text === 'Short-lived');
    await deleteWin(short?.id ?? '');
    await syncNow(now);
    // The other computer has not seen either change yet: its older copy stays in the area.
    await otherWrites(otherWin('o1', 'First words', 3));
    await syncNow(now);
    expect(await winsHere()).toEqual(['Better words']);
  });

  it('refuses a damaged item by name and still merges the rest', async () => {
    await otherWrites(otherWin('o1', 'Arrived', 3));
    await fakeBrowser.storage.sync.set({ 'sw:cccccccccccccccc:0': { f: 1, e: [['w:x', 'no']] } });
    await turnSyncOn('Laptop');
    await syncNow(now);
    expect(await winsHere()).toEqual(['Arrived']);
    expect((await syncStateItem.getValue()).refused).toEqual(['sw:cccccccccccccccc:0']);
  });

  it('reports a full sync area and loses nothing here', async () => {
    await addWin({ text: 'Kept safe' });
    await turnSyncOn('Laptop');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await syncNow(now);
    expect((await syncStateItem.getValue()).problem).toBe('full');
    expect(await winsHere()).toEqual(['Kept safe']);
  });

  it('keeps the other computer’s minutes for the budget, by day and site', async () => {
    await otherWrites({
      [`u:${today}|news.test|${OTHER}`]: { n: 1, c: OTHER, d: { ms: 90_000 }, day: today },
    });
    await turnSyncOn('Laptop');
    await syncNow(now);
    expect((await syncOthersItem.getValue())?.[today]).toEqual({ 'news.test': 90_000 });
  });

  it('removes only this computer’s keys when turned off', async () => {
    await otherWrites(otherWin('o1', 'Stays', 3));
    await addWin({ text: 'Mine' });
    await turnSyncOn('Laptop');
    await syncNow(now);
    expect((await ownKeys()).length).toBeGreaterThan(0);
    await turnSyncOff();
    expect(await ownKeys()).toEqual([]);
    expect(
      Object.keys(await fakeBrowser.storage.sync.get(null)).some((k) => k.includes(OTHER)),
    ).toBe(true);
    expect(await winsHere()).toEqual(['Mine', 'Stays']);
  });

  it('removes every computer’s Small Wins keys, and nothing else, when asked to clear the sync area', async () => {
    await otherWrites(otherWin('o1', 'From the desk', 3));
    await fakeBrowser.storage.sync.set({ 'not-ours': 1 });
    await turnSyncOn('Laptop');
    await syncNow(now);
    await clearSyncArea();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'not-ours': 1 });
    expect(await winsHere()).toEqual(['From the desk']);
  });
});
