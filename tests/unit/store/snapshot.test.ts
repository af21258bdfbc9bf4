// The synchronous copy of today's list is never wrong: each write drops it
// first and writes it back from a fresh read, a read that overlapped a write
// never writes it, a write whose page closed leaves none, and it is believed
// only for its own day, day start and version.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dayKey } from '../../../utils/core/day';
import { DEFAULT_SETTINGS } from '../../../utils/core/settings';
import {
  encodeSnapshot,
  SNAPSHOT_KEY,
  todayFromSnapshot,
} from '../../../utils/core/today-snapshot';
import type { Win } from '../../../utils/core/win-rules';
import { deleteEverything, importData } from '../../../utils/store/data';
import { updateSettings } from '../../../utils/store/settings';
import {
  beginWinWrite,
  endWinWrite,
  readTicket,
  rememberDay,
  snapshotToday,
} from '../../../utils/store/snapshot';
import { addWin, deleteWin, editWin, listDay, restoreWin } from '../../../utils/store/wins';

/** The page's synchronous storage, which Node does not have. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const page = () => (globalThis as unknown as { localStorage: MemoryStorage }).localStorage;
const copiedTexts = () => snapshotToday()?.wins.map((w) => w.text);

beforeEach(() => {
  (globalThis as unknown as { localStorage: MemoryStorage }).localStorage = new MemoryStorage();
});

const win = (over: Partial<Win>): Win => ({
  id: 'a',
  text: 'a win',
  day: '2026-11-22',
  at: new Date(2026, 10, 22, 9).getTime(),
  kind: 'win',
  tags: [],
  ...over,
});

describe('the copy of today', () => {
  const morning = new Date(2026, 10, 22, 9).getTime();

  it('is believed only for its own day, day start and version', () => {
    const raw = encodeSnapshot('2026-11-22', 0, [win({})]);
    expect(todayFromSnapshot(raw, morning)?.wins.map((w) => w.text)).toEqual(['a win']);
    expect(todayFromSnapshot(raw, new Date(2026, 10, 23, 0, 1).getTime())).toBeUndefined();
    // Made with a 04:00 day start, at 02:00 it is still the day before.
    const owl = encodeSnapshot('2026-11-22', 4, [win({})]);
    expect(todayFromSnapshot(owl, new Date(2026, 10, 23, 2).getTime())).toBeDefined();
    expect(todayFromSnapshot(owl, new Date(2026, 10, 23, 5).getTime())).toBeUndefined();
    expect(todayFromSnapshot(raw.replace('"v":1', '"v":2'), morning)).toBeUndefined();
    expect(todayFromSnapshot('{not json', morning)).toBeUndefined();
    expect(todayFromSnapshot(null, morning)).toBeUndefined();
    const foreign = encodeSnapshot('2026-11-22', 0, [win({ day: '2026-11-21' })]);
    expect(todayFromSnapshot(foreign, morning)?.wins).toEqual([]);
  });

  it('follows every write of wins', async () => {
    const { win: saved } = (await addWin({ text: 'first words' })) as { win: Win };
    await vi.waitFor(() => expect(copiedTexts()).toEqual(['first words']));
    await editWin(saved.id, 'better words');
    await vi.waitFor(() => expect(copiedTexts()).toEqual(['better words']));
    const gone = await deleteWin(saved.id);
    await vi.waitFor(() => expect(copiedTexts()).toEqual([]));
    await restoreWin(gone as Win);
    await vi.waitFor(() => expect(copiedTexts()).toEqual(['better words']));
  });

  it('is never written by a read that overlapped a write', async () => {
    const today = dayKey(Date.now());
    const ticket = readTicket();
    const write = beginWinWrite();
    expect(readTicket()).toBe(-1);
    expect(page().getItem(SNAPSHOT_KEY)).toBeNull();
    endWinWrite(write);
    expect(rememberDay(ticket, today, 0, [win({ day: today })])).toBe(false);
    expect(page().getItem(SNAPSHOT_KEY)).toBeNull();
    expect(rememberDay(readTicket(), today, 0, [])).toBe(true);
  });

  it('stays away while a write that never finished (its page closed) may still land', () => {
    const today = dayKey(Date.now());
    beginWinWrite();
    expect(rememberDay(readTicket(), today, 0, [])).toBe(false);
    const later = Date.now() + 61_000;
    expect(rememberDay(readTicket(later), dayKey(later), 0, [], later)).toBe(true);
  });

  it('is dropped when the settings change, so a new day start is never missed', async () => {
    await listDay(dayKey(Date.now()));
    await vi.waitFor(() => expect(snapshotToday()).toBeDefined());
    await updateSettings((s) => ({ ...s, dayStartHour: 4 }));
    expect(snapshotToday()).toBeUndefined();
  });

  it('shows an import and is gone after delete everything, leaving no key', async () => {
    const today = dayKey(Date.now());
    await importData({
      wins: [win({ id: 'imported', text: 'from the backup', day: today, at: Date.now() })],
      usage: [],
      reflections: [],
      settings: DEFAULT_SETTINGS,
    });
    await vi.waitFor(() => expect(copiedTexts()).toEqual(['from the backup']));
    await deleteEverything();
    expect(page().length).toBe(0);
  });
});
