// The rules for a win: what text is accepted (with a reason when it is not)
// and how a new win record is made. Pure: no storage, `now` and `id` passed in.
import { type DayKey, dayKey } from './day';
import { extractTags, TAG_CHARS } from './tags';
import { hasVisibleText, visibleLength } from './text';

export { extractTags, shownTags, TAG_CHARS } from './tags';
export { visibleLength };

export const MAX_WIN_LENGTH = 500;

export type WinKind = 'win' | 'logoff' | 'pause' | 'recap';

export interface Win {
  id: string;
  text: string;
  day: DayKey;
  at: number;
  kind: WinKind;
  tags: string[];
  site?: string;
  minutes?: number;
  /** Marked "proud of this": gathered in the wrap-up, favoured from the past. */
  proud?: boolean;
  /** "Keep private": never in "a win from the past", the wrap-up or Share's defaults. */
  private?: boolean;
}

export type TextCheck =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'tooLong'; length: number; max: number }
  | { ok: false; reason: 'control' };

// Line breaks and tabs from a paste become spaces; any other control character
// is refused rather than silently dropped, so the user sees what happened.
const LINE_WHITESPACE = /[\t\n\r\u2028\u2029]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function checkWinText(raw: string, max = MAX_WIN_LENGTH): TextCheck {
  const text = raw.replace(LINE_WHITESPACE, ' ').trim();
  // Nothing a person could see (zero-width or formatting characters, lone
  // accents) is as empty as nothing at all.
  if (!hasVisibleText(text)) return { ok: false, reason: 'empty' };
  if (CONTROL.test(text)) return { ok: false, reason: 'control' };
  const length = visibleLength(text);
  if (length > max) return { ok: false, reason: 'tooLong', length, max };
  return { ok: true, text };
}

/** The text's own tags, then `more` (a goal's tag: kept beside the words, never pasted into them). */
export function tagsFor(text: string, more: readonly string[] = []): string[] {
  const tags = extractTags(text);
  for (const raw of more) {
    const tag = raw.toLowerCase();
    if (TAG_CHARS.test(tag) && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** A win's tags after its text changes: the new text's, plus those that never came from the text. */
export function retag(win: Pick<Win, 'text' | 'tags' | 'kind'>, text: string): string[] {
  const fromText = extractTags(win.text);
  const recap = win.kind === 'recap';
  const kept = win.tags.filter((t) => !fromText.includes(t) && !(recap && t === 'recap'));
  const tags = tagsFor(text, kept);
  if (recap && !tags.includes('recap')) tags.unshift('recap');
  return tags;
}

export interface NewWin {
  text: string;
  /** Tags besides the text's own (a small step's goal). */
  tags?: readonly string[];
  kind?: WinKind;
  site?: string;
  minutes?: number;
}

export type MakeWinResult = { ok: true; win: Win } | Exclude<TextCheck, { ok: true }>;

export function makeWin(
  input: NewWin,
  opts: { now: number; id: string; dayStartHour?: number },
): MakeWinResult {
  const check = checkWinText(input.text);
  if (!check.ok) return check;
  const win: Win = {
    id: opts.id,
    text: check.text,
    day: dayKey(opts.now, opts.dayStartHour ?? 0),
    at: opts.now,
    kind: input.kind ?? 'win',
    tags: tagsFor(check.text, input.tags),
  };
  if (win.kind === 'recap' && !win.tags.includes('recap')) win.tags.unshift('recap');
  if (input.site !== undefined) win.site = input.site;
  if (input.minutes !== undefined) win.minutes = input.minutes;
  return { ok: true, win };
}
