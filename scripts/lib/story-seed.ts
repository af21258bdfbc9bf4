// A month of wins for the wrap-up's story, placed relative to a day the
// extension reports, so the Chromium and Firefox specs seed the same month
// whatever the date (31 December, 1 January, a leap day).
import { backupDocument, localDayKey, type WinSeed, winRecord } from './backup-doc';

/** The month before `today` (a day key): its year, month (0 = January) and length. */
export function monthBefore(today: string) {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1];
  const year = m === 0 ? y - 1 : y;
  const month = m === 0 ? 11 : m - 1;
  return { year, month, days: new Date(year, month + 1, 0).getDate(), thisYear: y };
}

/** A full month: wins on five days (two on the 1st), two proud, two tags, one log-off; the 5th a rest day. */
export function fullMonth(year: number, month: number) {
  const at = (day: number, hour = 9) => new Date(year, month, day, hour);
  const seeds: (WinSeed & { proud?: boolean })[] = [
    { id: 'a', text: 'Walked to the lake', date: at(1), tags: ['outside'], proud: true },
    { id: 'b', text: 'Called grandma', date: at(1, 18) },
    { id: 'c', text: 'Read a chapter #books', date: at(2), tags: ['books'] },
    {
      id: 'd',
      text: 'Logged off social.test after 20 min',
      date: at(3),
      kind: 'logoff',
      site: 'social.test',
    },
    { id: 'e', text: 'Finished the quilt', date: at(10), proud: true },
    { id: 'f', text: 'Tidied the desk', date: at(20), tags: ['outside'] },
  ];
  const doc = backupDocument(seeds, { version: 3, settings: { restDays: [localDayKey(at(5))] } });
  doc.wins = seeds.map((s) => ({ ...winRecord(s), ...(s.proud ? { proud: true } : {}) }));
  return doc;
}
