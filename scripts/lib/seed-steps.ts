// A backup document for the small-steps tests in both browsers: two steps
// under goals, a three-day try that ended two days ago with two days done, a
// seven-day try under way, and low energy on the last two days.
import { backupDocument, daysAgo, localDayKey } from './backup-doc';

export const dayAgo = (n: number) => localDayKey(daysAgo(n));

const energy = (n: number, text: string) => ({
  id: `energy:${dayAgo(n)}`,
  kind: 'energy',
  day: dayAgo(n),
  text,
  at: daysAgo(n).getTime(),
});

const WINS = [
  { id: 's-4', text: 'Stretch 5 minutes #move-more', date: daysAgo(4), tags: ['move-more'] },
  { id: 's-2', text: 'Stretch 5 minutes #move-more', date: daysAgo(2), tags: ['move-more'] },
  { id: 'w-1', text: 'Write 100 words #write-a-book', date: daysAgo(1), tags: ['write-a-book'] },
  { id: 't-1', text: 'Made tea', date: daysAgo(1) },
  { id: 't-2', text: 'Called a friend', date: daysAgo(2) },
];

export function stepsBackup() {
  return backupDocument(WINS, {
    reflections: [energy(1, 'low'), energy(2, 'low'), energy(3, 'plenty')],
    settings: {
      version: 1,
      sites: [],
      steps: [
        {
          id: 'stretch',
          text: 'Stretch 5 minutes',
          goal: 'Move more',
          gentle: true,
          challenge: { start: dayAgo(4), days: 3 },
        },
        {
          id: 'write',
          text: 'Write 100 words',
          goal: 'Write a book',
          gentle: false,
          challenge: { start: dayAgo(1), days: 7 },
        },
      ],
    },
  });
}

/** The seeded goal's wins within this calendar month (the week may begin in the last one). */
export function seededThisMonth(tag: string): number {
  const month = localDayKey(new Date()).slice(0, 7);
  return WINS.filter((w) => w.tags?.includes(tag) && localDayKey(w.date).startsWith(month)).length;
}

/** Words the small-steps screens never use. */
export const UNKIND = /fail|missed|streak|broke|lost|behind/i;
