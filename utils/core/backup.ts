// The backup format: one JSON document holding every store and the settings,
// plus CSV and Markdown views of the wins. Import validates the whole file
// before anything is written and names the first problem it finds (store,
// record number, field). It accepts only what the app itself could have
// made, and copies only the fields it knows: nothing else is ever stored.
// Pure.

import { checkSettings, contextAt, reflectionCheck, usageCheck, winCheck } from './backup-records';
import { MAX_IMPORT_BYTES } from './backup-size';
import { checkAllSteps, drain } from './backup-steps';
import { isolate } from './bidi';
import { markdownHeading, markdownText } from './markdown';
import type { Reflection } from './reflections';
import type { Settings } from './settings';
import type { UsageRecord } from './usage';
import type { Win } from './win-rules';

export { MAX_IMPORT_BYTES };
export const BACKUP_FORMAT = 'small-wins-backup';
/**
 * 1: wins, usage, reflections, settings.
 * 2: a win may carry `proud: true` ("proud of this").
 * 3: a usage record may carry `pauses` (times the pause page was shown), and a
 *    reflection may be a site intention (kind 'visit', with site).
 * 4: a limited site may be a part of a site, a host and a path prefix
 *    ("youtube.com/shorts"), wherever a site is named (settings, usage, wins,
 *    site intentions).
 */
export const BACKUP_VERSION = 4;

export interface BackupData {
  wins: Win[];
  usage: UsageRecord[];
  reflections: Reflection[];
  settings: Settings;
}

export interface Backup extends BackupData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
}

export type ImportProblem =
  | { code: 'tooBig'; maxBytes: number }
  | { code: 'notUtf8' }
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'newerVersion'; version: number }
  | { code: 'badRecord'; store: string; index: number; field: string }
  | { code: 'duplicateId'; id: string };

export type ParseResult = { ok: true; data: BackupData } | { ok: false; problem: ImportProblem };
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: ImportProblem };

export function buildBackup(data: BackupData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...data,
  };
}

/**
 * A file's bytes as text. Backups are UTF-8 (a byte-order mark is fine);
 * anything else is refused rather than read with "�" in place of letters.
 */
export function decodeBackup(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { code: 'tooBig', maxBytes: MAX_IMPORT_BYTES } };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { code: 'notUtf8' } };
  }
}

/** Older versions of the format become the current one here, step by step. */
function migrate(doc: Record<string, unknown>): Record<string, unknown> {
  const version = doc.version as number;
  let next = doc;
  // 1 → 2: nothing to change; a version-1 win simply has no proud mark.
  if (version < 2) next = { ...next, version: 2 };
  // 2 → 3: nothing to change; a version-2 file simply counted no pauses and
  // holds no site intentions.
  if (version < 3) next = { ...next, version: 3 };
  // 3 → 4: nothing to change; a version-3 file names whole hosts only, and
  // a whole host is still written as it always was.
  if (version < 4) next = { ...next, version: 4 };
  return next;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isVersion = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parseBackup(text: string, now: number): ParseResult {
  return drain(parseBackupSteps(text, now));
}

/**
 * `parseBackup` in steps: it pauses (a `yield`) after reading the JSON and
 * after every few thousand records checked, so a page can check a file of
 * 100,000 wins and stay responsive. Nothing is written either way.
 */
export function* parseBackupSteps(text: string, now: number): Generator<void, ParseResult> {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { code: 'tooBig', maxBytes: MAX_IMPORT_BYTES } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT || !isVersion(raw.version)) {
    return { ok: false, problem: { code: 'notBackup' } };
  }
  if ((raw.version as number) > BACKUP_VERSION || raw.version === 0) {
    return { ok: false, problem: { code: 'newerVersion', version: raw.version as number } };
  }
  yield;
  const doc = migrate(raw);
  const settings = checkSettings(doc.settings);
  const ctx = contextAt(now, settings.ok ? settings.settings.dayStartHour : 0);
  const wins = yield* checkAllSteps('wins', doc.wins, winCheck(ctx));
  if (!wins.ok) return wins;
  const usage = yield* checkAllSteps('usage', doc.usage, usageCheck(ctx));
  if (!usage.ok) return usage;
  const reflections = yield* checkAllSteps('reflections', doc.reflections, reflectionCheck(ctx));
  if (!reflections.ok) return reflections;
  if (!settings.ok) return settings;

  for (const list of [wins.records, reflections.records]) {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) return { ok: false, problem: { code: 'duplicateId', id } };
      seen.add(id);
    }
  }
  return {
    ok: true,
    data: {
      wins: wins.records,
      usage: usage.records,
      reflections: reflections.records,
      settings: settings.settings,
    },
  };
}

/** The same record, whatever order its fields were written in. */
export function sameRecord(a: object, b: object): boolean {
  const sorted = (o: object) => JSON.stringify(o, Object.keys(o).sort());
  return sorted(a) === sorted(b);
}

function csvCell(value: string | number | undefined): string {
  // A cell of right-to-left words is isolated, so the line reads in order as
  // text too; other cells stay exactly as written (see bidi.ts).
  const text = value === undefined ? '' : String(value);
  // Quote always; neutralise a leading formula character for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${isolate(safe, false).replace(/"/g, '""')}"`;
}

export function winsToCsv(wins: readonly Win[]): string {
  const header = ['day', 'time', 'kind', 'text', 'tags', 'site', 'minutes'];
  const rows = [...wins]
    .sort((a, b) => a.at - b.at)
    .map((w) =>
      [w.day, new Date(w.at).toISOString(), w.kind, w.text, w.tags.join(' '), w.site, w.minutes]
        .map(csvCell)
        .join(','),
    );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The wins by day as Markdown whose words read exactly as written (see markdown.ts). */
export function winsToMarkdown(wins: readonly Win[], title: string, rightToLeft = false): string {
  const own = (line: string) => isolate(line, rightToLeft);
  const byDay = new Map<string, Win[]>();
  for (const w of [...wins].sort((a, b) => a.at - b.at)) {
    byDay.set(w.day, [...(byDay.get(w.day) ?? []), w]);
  }
  const days = [...byDay.entries()].map(
    ([day, list]) =>
      `${markdownHeading(2, day)}\n\n${list.map((w) => `- ${markdownText(w.text, '  ', own)}`).join('\n')}\n`,
  );
  return `${markdownHeading(1, title)}\n\n${days.join('\n')}`;
}
