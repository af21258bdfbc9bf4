// Storing wins: add, list a day, edit, delete and restore. Every page and the worker use these,
// and each change is announced so open pages update without a reload.
import { getDb } from './db';
import { announce } from './messages';
import {
  checkWinText,
  extractTags,
  type MakeWinResult,
  makeWin,
  type NewWin,
  type TextCheck,
  type Win,
} from './win-rules';

export async function addWin(
  input: NewWin,
  opts: { now?: number; dayStartHour?: number } = {},
): Promise<MakeWinResult> {
  const made = makeWin(input, {
    now: opts.now ?? Date.now(),
    id: crypto.randomUUID(),
    dayStartHour: opts.dayStartHour ?? 0,
  });
  if (!made.ok) return made;
  const db = await getDb();
  // The user typed this: wait until it is on disk before saying "saved".
  const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.add(made.win), tx.done]);
  announce({ type: 'wins-changed', day: made.win.day });
  return made;
}

/** A day's wins, oldest first. Reads only that day's slice of the index. */
export async function listDay(day: string): Promise<Win[]> {
  const db = await getDb();
  const wins = await db.getAllFromIndex('wins', 'day', day);
  return wins.sort((a, b) => a.at - b.at);
}

export async function deleteWin(id: string): Promise<Win | undefined> {
  const db = await getDb();
  const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
  const win = await tx.store.get(id);
  if (win) await tx.store.delete(id);
  await tx.done;
  if (win) announce({ type: 'wins-changed', day: win.day });
  return win;
}

/** New text for a win; its tags follow the text. Refusals change nothing. */
export async function editWin(id: string, raw: string): Promise<TextCheck> {
  const check = checkWinText(raw);
  if (!check.ok) return check;
  const db = await getDb();
  const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
  const win = await tx.store.get(id);
  if (win) await tx.store.put({ ...win, text: check.text, tags: extractTags(check.text) });
  await tx.done;
  if (win) announce({ type: 'wins-changed', day: win.day });
  return check;
}

/** Puts a deleted win back exactly as it was (undo). */
export async function restoreWin(win: Win): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('wins', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(win), tx.done]);
  announce({ type: 'wins-changed', day: win.day });
}
