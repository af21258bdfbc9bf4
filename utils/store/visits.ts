// What the person came to a limited site for, kept as a reflection of kind
// 'visit' (one per day and site: a later one that day takes its place), so it
// travels with export and import; the log-off win reads it (the evening recap
// reads the day's reflections, reflections.ts).
import { dayKey } from '@/utils/core/day';
import type { Reflection } from '@/utils/core/reflections';
import { checkVisitText, visitId } from '@/utils/core/visit';
import type { TextCheck } from '@/utils/core/win-rules';
import { announce } from '@/utils/messages';
import { getDb } from './db';
import { dayStartHour } from './today';

/** Saves what the person came to `site` for today (the text checked as on the page). */
export async function saveVisitIntention(
  site: string,
  raw: string,
  now = Date.now(),
): Promise<TextCheck> {
  const check = checkVisitText(raw);
  if (!check.ok) return check;
  const day = dayKey(now, await dayStartHour());
  const visit: Reflection = {
    id: visitId(day, site),
    kind: 'visit',
    day,
    site,
    text: check.text,
    at: now,
  };
  const db = await getDb();
  const tx = db.transaction('reflections', 'readwrite', { durability: 'strict' });
  await Promise.all([tx.store.put(visit), tx.done]);
  announce('reflections');
  return check;
}

/** What the person came to `site` for on `day`, if they said. */
export async function visitIntention(day: string, site: string): Promise<string | undefined> {
  return (await (await getDb()).get('reflections', visitId(day, site)))?.text;
}
