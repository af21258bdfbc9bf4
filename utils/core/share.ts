// What leaves the device when a person shares: only the wins they kept
// ticked, the range and their note, as plain text or Markdown. Words come in
// from the screen, so this stays pure and speaks every language.
import { isolate } from './bidi';
import { markdownHeading, markdownLine, markdownText } from './markdown';
import { shareDays } from './share-pages';
import type { Win } from './win-rules';

export interface ShareWords {
  title: string;
  /** The words read right to left (the person's own words are then always isolated). */
  rightToLeft?: boolean;
  noteLabel: string;
  proud: string;
  /** A day key as the reader should see it. */
  day: (day: string) => string;
}

export interface SharePick {
  wins: readonly Win[];
  chosen: ReadonlySet<string>;
  note: string;
}

/** The chosen wins grouped by day, oldest first (linear in the wins: a year can hold 100,000). */
export function chosenByDay(pick: SharePick): [string, Win[]][] {
  return shareDays(pick.wins.filter((w) => pick.chosen.has(w.id))).map((d) => [d.day, d.wins]);
}

export function shareText(pick: SharePick, words: ShareWords): string {
  const own = (text: string) =>
    text
      .split(/\r\n|\r|\n/)
      .map((line) => isolate(line, words.rightToLeft ?? false))
      .join('\n');
  const lines = [words.title, ''];
  if (pick.note.trim()) lines.push(`${words.noteLabel} ${own(pick.note.trim())}`, '');
  for (const [day, wins] of chosenByDay(pick)) {
    lines.push(words.day(day));
    for (const w of wins) lines.push(`- ${own(w.text)}${w.proud ? ` (${words.proud})` : ''}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Markdown whose words read exactly as written (see markdown.ts). */
export function shareMarkdown(pick: SharePick, words: ShareWords): string {
  const own = (line: string) => isolate(line, words.rightToLeft ?? false);
  const parts = [markdownHeading(1, words.title), ''];
  if (pick.note.trim()) parts.push(`> ${markdownText(pick.note.trim(), '> ', own)}`, '');
  for (const [day, wins] of chosenByDay(pick)) {
    parts.push(markdownHeading(2, words.day(day)), '');
    for (const w of wins) {
      const proud = w.proud ? ` **(${markdownLine(words.proud)})**` : '';
      parts.push(`- ${markdownText(w.text, '  ', own)}${proud}`);
    }
    parts.push('');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
