import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, getDb } from '../../utils/db';
import { listen } from '../../utils/messages';
import { addWin, deleteWin, listDay } from '../../utils/wins';

const morning = new Date(2026, 10, 22, 9, 0).getTime();

describe('stored wins', () => {
  it('adds, lists by day oldest first, and deletes', async () => {
    await addWin({ text: 'second' }, { now: morning + 60_000 });
    await addWin({ text: 'first' }, { now: morning });
    await addWin({ text: 'yesterday' }, { now: morning - 24 * 3600_000 });

    const today = await listDay('2026-11-22');
    expect(today.map((w) => w.text)).toEqual(['first', 'second']);
    expect((await listDay('2026-11-21')).map((w) => w.text)).toEqual(['yesterday']);

    const first = today[0];
    expect(first).toBeDefined();
    await deleteWin(first?.id ?? '');
    expect((await listDay('2026-11-22')).map((w) => w.text)).toEqual(['second']);
  });

  it('stores nothing for refused text', async () => {
    expect(await addWin({ text: '  ' }, { now: morning })).toEqual({ ok: false, reason: 'empty' });
    expect(await listDay('2026-11-22')).toEqual([]);
  });

  it('announces each change to other pages', async () => {
    const heard: string[] = [];
    const stop = listen((m) => heard.push(`${m.type}:${m.day}`));
    await addWin({ text: 'tell the others' }, { now: morning });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(heard).toEqual(['wins-changed:2026-11-22']);
  });

  it('gives a uniquely identified record to every add, even at the same instant', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => addWin({ text: `win ${i}` }, { now: morning })),
    );
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
    expect([...db.objectStoreNames].sort()).toEqual(['reflections', 'usage', 'wins']);
  });
});
