// Every write of wins, and today's read: add (under the person's own day
// start, read here, never passed in by a screen), a day's list, edit, proud,
// delete and restore, and the evening recap in one transaction. (Reading the
// past is in history.ts.) Each change is
// announced so open pages update without a reload. Each write also keeps the
// synchronous copy of today's list true (./snapshot.ts): dropped before the
// write, written back from a fresh read after it.
import type { DayKey } from '@/utils/core/day';
import type { Reflection } from '@/utils/core/reflections';
import {
  checkWinText,
  type MakeWinResult,
  makeWin,
  type NewWin,
  retag,
  type TextCheck,
  type Win,
} from '@/utils/core/win-rules';
import { announce } from '@/utils/messages';
import { getDb } from './db';
import { beginWinWrite, endWinWrite, keepsSnapshot, readTicket, rememberDay } from './snapshot';
import { currentDay, dayStartHour } from './today';

/** Runs one write of wins between the copy's begin and end marks. */
async function writing<T>(work: () => Promise<T>): Promise<T> {
  const ticket = beginWinWrite();
  try {
    return await work();
  } finally {
    endWinWrite(ticket);
  }
}

let refreshing: Promise<void> | undefined;
let refreshAgain = false;

/**
 * After a write: read today's list again, which writes the copy back. A burst
 * of writes costs one read at a time plus one after it, not one per write.
 */
function refreshToday(): void {
  if (!keepsSnapshot()) return;
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  refreshing = currentDay()
    .then(listDay)
    .then(
      () => undefined,
      () => undefined, // the next read of today writes it instead
    )
    .finally(() => {
      refreshing = undefined;
      if (refreshAgain) {
        refreshAgain = false;
        refreshToday();
      }
    });
}

async function rememberIfToday(ticket: number, day: DayKey, wins: Win[]): Promise<void> {
  // Skip asking for the settings when a write already made this read stale.
  if (ticket < 0 || readTicket() !== ticket) return;
  try {
    rememberDay(ticket, day, await dayStartHour(), wins);
  } catch {
    // no copy is fine: the page paints a moment later
  }
}

export async function addWin(input: NewWin, now = Date.now()): Promise<MakeWinResult> {
  const startHour = await dayStartHour();
  const made = makeWin(input, { now, id: crypto.randomUUID(), dayStartHour: startHour });
  if (!made.ok) return made;
  const db = await getDb();
  // The person typed this: wait until it is on disk before saying "saved".
  await writing(async () => {
    const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.add(made.win), tx.done]);
  });
  announce('wins');
  refreshToday();
  return made;
}

/**
 * The evening recap: its wins and the reflection that marks it done, written
 * together or not at all.
 */
export async function addRecap(texts: readonly string[], day: DayKey, now = Date.now()) {
  const startHour = await dayStartHour();
  const wins: Win[] = [];
  for (const [i, text] of texts.entries()) {
    // A millisecond apart, so they list in the order they were written.
    const at = now + i;
    const made = makeWin(
      { text, kind: 'recap' },
      { now: at, id: crypto.randomUUID(), dayStartHour: startHour },
    );
    if (!made.ok) return made;
    wins.push(made.win);
  }
  const text = wins.map((w) => w.text).join('\n');
  const reflection: Reflection = { id: `recap:${day}`, kind: 'recap', day, text, at: now };
  const db = await getDb();
  const written = await writing(async () => {
    const tx = db.transaction(['wins', 'reflections'], 'readwrite', { durability: 'strict' });
    // Saved twice (a double click) is still one recap: the second finds it done.
    if (await tx.objectStore('reflections').getKey(reflection.id)) {
      await tx.done;
      return false;
    }
    await Promise.all([
      ...wins.map((w) => tx.objectStore('wins').add(w)),
      tx.objectStore('reflections').put(reflection),
      tx.done,
    ]);
    return true;
  });
  refreshToday();
  if (!written) return { ok: true as const, wins: [] };
  announce('wins', 'reflections');
  return { ok: true as const, wins };
}

/** A day's wins, oldest first. Reads only that day's slice of the index. */
export async function listDay(day: DayKey): Promise<Win[]> {
  const ticket = readTicket();
  const db = await getDb();
  const wins = await db.getAllFromIndex('wins', 'day', day);
  wins.sort((a, b) => a.at - b.at);
  // A read of today is the copy's chance to be written back.
  void rememberIfToday(ticket, day, wins);
  return wins;
}

export async function deleteWin(id: string): Promise<Win | undefined> {
  const db = await getDb();
  const win = await writing(async () => {
    const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
    const found = await tx.store.get(id);
    if (found) await tx.store.delete(id);
    await tx.done;
    return found;
  });
  if (win) announce('wins');
  refreshToday();
  return win;
}

/**
 * New text for a win; its tags follow the text, and those that never came
 * from it (a goal's tag, #recap) stay. Refusals change nothing.
 */
export async function editWin(id: string, raw: string): Promise<TextCheck> {
  const check = checkWinText(raw);
  if (!check.ok) return check;
  const db = await getDb();
  const win = await writing(async () => {
    const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
    const found = await tx.store.get(id);
    if (found) {
      await tx.store.put({ ...found, text: check.text, tags: retag(found, check.text) });
    }
    await tx.done;
    return found;
  });
  if (win) announce('wins');
  refreshToday();
  return check;
}

/** Puts a mark on a win ("proud of this", "keep private"), or takes it away. */
async function setMark(id: string, mark: 'proud' | 'private', on: boolean): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
  const win = await tx.store.get(id);
  if (win) {
    const { [mark]: _old, ...rest } = win;
    await tx.store.put(on ? { ...rest, [mark]: true } : rest);
  }
  await tx.done;
  if (win) announce('wins');
}

/** Marks a win "proud of this", or takes the mark away. */
export const setProud = (id: string, proud: boolean) => setMark(id, 'proud', proud);

/** Marks a win "keep private", or takes the mark away. */
export const setPrivate = (id: string, on: boolean) => setMark(id, 'private', on);

/** Puts a deleted win back exactly as it was (undo). */
export async function restoreWin(win: Win): Promise<void> {
  const db = await getDb();
  await writing(async () => {
    const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(win), tx.done]);
  });
  announce('wins');
  refreshToday();
}
