// Written reflections (intention, recap, weekly note), one per id.
import { getDb, type Reflection } from './db';
import { announce } from './messages';

export const REFLECTION_MAX = 2000;

export async function getReflection(id: string): Promise<Reflection | undefined> {
  return (await getDb()).get('reflections', id);
}

export async function saveReflection(reflection: Reflection): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('reflections', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(reflection), tx.done]);
  announce({ type: 'wins-changed', day: reflection.day });
}
