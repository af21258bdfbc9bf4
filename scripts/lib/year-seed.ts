// A year of small wins for the browser tests that measure a lived-in new tab:
// records laid out backwards from the extension's own today (a day key the
// test asks the extension's day rule for), and a plain, self-contained
// function that writes them straight into the extension's database from any
// extension page, in Chromium and Firefox alike.
import { addDays, dateOfDay } from '../../utils/core/day';

export interface SeedWin {
  id: string;
  text: string;
  day: string;
  at: number;
  kind: 'win';
  tags: string[];
  proud?: boolean;
}

const TEXTS = [
  'Went for a walk #health',
  'Called my sister',
  'Wrote a page #writing',
  'Cooked a real dinner',
  'Drank a glass of water',
  'Tidied the desk',
];

/** Noon of a day key, local time, plus `i` minutes. */
function noonOf(day: string, i: number): number {
  const date = dateOfDay(day);
  date.setHours(12, i, 0, 0);
  return date.getTime();
}

/** One to three wins on each of the 400 days before `today`, and `todayCount` wins today. */
export function yearOfWins(today: string, todayCount: number, now = Date.now()): SeedWin[] {
  const wins: SeedWin[] = [];
  for (let back = 1; back <= 400; back++) {
    const day = addDays(today, -back);
    for (let i = 0; i < (back % 3) + 1; i++) {
      const text = TEXTS[(back + i) % TEXTS.length] ?? '';
      const tag = text.split('#')[1];
      const tags = tag ? [tag] : [];
      wins.push({ id: `y-${back}-${i}`, text, day, at: noonOf(day, i), kind: 'win', tags });
    }
  }
  for (let i = 0; i < todayCount; i++) {
    const at = Math.min(noonOf(today, 0) - 4 * 3_600_000 + i * 60_000, now - 60_000);
    wins.push({
      id: `t-${i}`,
      text: `A small win today, number ${i + 1}`,
      day: today,
      at,
      kind: 'win',
      tags: [],
    });
  }
  return wins;
}

/** Evaluated in an extension page: puts the wins into its database. */
export function putWins(wins: SeedWin[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('small-wins');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('wins', 'readwrite');
      const store = tx.objectStore('wins');
      for (const win of wins) store.put(win);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
