// Stored wins: add, list, edit, delete, the recap, the day they belong to, and the v1 upgrade.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listen } from '../../../utils/messages';
import { DB_NAME, DB_VERSION, getDb } from '../../../utils/store/db';
import { allWins } from '../../../utils/store/history';
import { currentDay, updateSettings } from '../../../utils/store/settings';
import { addRecap, addWin, deleteWin, editWin, listDay } from '../../../utils/store/wins';

const morning = new Date(2026, 10, 22, 9, 0).getTime();

describe('stored wins', () => {
  it('adds, lists by day oldest first, and deletes', async () => {
    await addWin({ text: 'second' }, morning + 60_000);
    await addWin({ text: 'first' }, morning);
    await addWin({ text: 'yesterday' }, morning - 24 * 3600_000);

    const today = await listDay('2026-11-22');
    expect(today.map((w) => w.text)).toEqual(['first', 'second']);
    expect((await listDay('2026-11-21')).map((w) => w.text)).toEqual(['yesterday']);

    const first = today[0];
    expect(first).toBeDefined();
    await deleteWin(first?.id ?? '');
    expect((await listDay('2026-11-22')).map((w) => w.text)).toEqual(['second']);
  });

  it('stores nothing for refused text', async () => {
    expect(await addWin({ text: '  ' }, morning)).toEqual({ ok: false, reason: 'empty' });
    expect(await listDay('2026-11-22')).toEqual([]);
  });

  it('announces each change to other pages', async () => {
    const heard: string[] = [];
    const stop = listen(['wins', 'usage'], (store) => heard.push(store));
    await addWin({ text: 'tell the others' }, morning);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(heard).toEqual(['wins']);
  });

  it('gives a uniquely identified record to every add, even at the same instant', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => addWin({ text: `win ${i}` }, morning)));
    const ids = new Set((await listDay('2026-11-22')).map((w) => w.id));
    expect(ids.size).toBe(50);
  });

  it('upgrades a version 1 database holding wins without losing any', async () => {
    // A real v1 database, made with the schema version 1 shipped.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        const wins = db.createObjectStore('wins', { keyPath: 'id' });
        wins.createIndex('day', 'day');
        wins.createIndex('at', 'at');
      },
    });
    await v1.put('wins', {
      id: 'old-1',
      text: 'From version 1 #kept',
      day: '2026-11-20',
      at: morning - 2 * 86_400_000,
      kind: 'win',
      tags: ['kept'],
    });
    // Still open, as a forgotten tab would hold it: the upgrade must not hang.
    v1.addEventListener('versionchange', () => v1.close());

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect((await listDay('2026-11-20')).map((w) => w.text)).toEqual(['From version 1 #kept']);
    expect(await db.getAllFromIndex('wins', 'tags', 'kept')).toHaveLength(1);
    expect([...db.objectStoreNames].sort()).toEqual(['reflections', 'snapshots', 'usage', 'wins']);
  });
});

describe('the day a win is filed under', () => {
  it("is the person's own day, read by the store, even when the screen knows no settings yet", async () => {
    await updateSettings((s) => ({ ...s, dayStartHour: 4 }));
    // 02:00 on 23 November belongs to 22 November when the day starts at 04:00.
    const made = await addWin({ text: 'late night win' }, new Date(2026, 10, 23, 2, 0).getTime());
    expect(made.ok && made.win.day).toBe('2026-11-22');
    expect(await currentDay(new Date(2026, 10, 23, 2, 0).getTime())).toBe('2026-11-22');
  });

  it('keeps #recap on a recap win whose text is edited', async () => {
    const saved = await addRecap(['Called mum'], '2026-11-22', morning);
    const recap = saved.ok ? saved.wins[0] : undefined;
    await editWin(recap?.id ?? '', 'Called mum and dad #family');
    const [edited] = await listDay('2026-11-22');
    expect(edited?.tags).toEqual(['recap', 'family']);
  });

  it('stores an evening recap once, however often save is pressed', async () => {
    await Promise.all([
      addRecap(['One', 'Two'], '2026-11-22', morning),
      addRecap(['One', 'Two'], '2026-11-22', morning),
    ]);
    expect((await listDay('2026-11-22')).map((w) => w.text)).toEqual(['One', 'Two']);
  });
});

describe('reading every win for search', () => {
  it('reads them all, in batches, each once', async () => {
    const db = await getDb();
    const tx = db.transaction('wins', 'readwrite');
    for (let i = 0; i < 2_500; i++) {
      void tx.store.put({
        id: `w${String(i).padStart(5, '0')}`,
        text: `Win ${i}`,
        day: '2026-11-22',
        at: i,
        kind: 'win',
        tags: [],
      });
    }
    await tx.done;
    const all = await allWins();
    expect(all).toHaveLength(2_500);
    expect(new Set(all.map((w) => w.id)).size).toBe(2_500);
  });
});
