// Written reflections (intention, recap, weekly note), one per id. The text
// rule is the one the import uses (core/reflections.ts).
import { checkReflectionText, type Reflection } from '@/utils/core/reflections';
import { announce } from '@/utils/messages';
import { getDb } from './db';

export async function getReflection(id: string): Promise<Reflection | undefined> {
  return (await getDb()).get('reflections', id);
}

export async function saveReflection(reflection: Reflection) {
  const check = checkReflectionText(reflection.text);
  if (!check.ok) return check;
  const db = await getDb();
  const tx = db.transaction('reflections', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put({ ...reflection, text: check.text }), tx.done]);
  announce('reflections');
  return check;
}

/** The day's site intentions (kind 'visit'), earliest first. */
export async function visitsOfDay(day: string): Promise<Reflection[]> {
  const all = await (await getDb()).getAllFromIndex('reflections', 'day', day);
  return all.filter((r) => r.kind === 'visit' && r.site).sort((a, b) => a.at - b.at);
}
