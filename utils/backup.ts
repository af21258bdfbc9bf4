// The backup format: one JSON document holding every store and the settings,
// plus CSV and Markdown views of the wins. Import validates the whole file
// before anything is written and names the first problem it finds. Pure.

import { isDayKey } from './day';
import type { Reflection, UsageRecord } from './db';
import { normalizeSettings, type Settings } from './settings';
import { checkWinText, type Win, type WinKind } from './win-rules';

export const BACKUP_FORMAT = 'small-wins-backup';
export const BACKUP_VERSION = 1;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Dates this far past "now" cannot be real. */
const FUTURE_SLACK_MS = 2 * 86_400_000;
const EARLIEST = Date.UTC(2000, 0, 1);

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
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'newerVersion'; version: number }
  | { code: 'badRecord'; store: string; index: number; field: string }
  | { code: 'duplicateId'; id: string };

export type ParseResult = { ok: true; data: BackupData } | { ok: false; problem: ImportProblem };

export function buildBackup(data: BackupData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...data,
  };
}

const KINDS: readonly WinKind[] = ['win', 'logoff', 'pause', 'recap'];
const REFLECTION_KINDS: readonly Reflection['kind'][] = ['intention', 'recap', 'weekly'];

type Check = (v: Record<string, unknown>) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 100;
const isNonNegInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isTime(v: unknown, now: number) {
  return typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST && v <= now + FUTURE_SLACK_MS;
}

function isDayInRange(v: unknown, now: number) {
  return isDayKey(v) && Date.parse(`${v}T00:00:00Z`) <= now + FUTURE_SLACK_MS;
}

const winCheck =
  (now: number): Check =>
  (w) => {
    if (!isId(w.id)) return 'id';
    if (typeof w.text !== 'string' || !checkWinText(w.text).ok) return 'text';
    if (!isDayInRange(w.day, now)) return 'day';
    if (!isTime(w.at, now)) return 'at';
    if (!KINDS.includes(w.kind as WinKind)) return 'kind';
    if (!Array.isArray(w.tags) || !w.tags.every((t) => typeof t === 'string' && t.length <= 40)) {
      return 'tags';
    }
    if (w.site !== undefined && (typeof w.site !== 'string' || w.site.length > 253)) return 'site';
    if (w.minutes !== undefined && !isNonNegInt(w.minutes)) return 'minutes';
    return undefined;
  };

const usageCheck =
  (now: number): Check =>
  (u) => {
    if (!isDayInRange(u.day, now)) return 'day';
    if (typeof u.host !== 'string' || u.host.length === 0 || u.host.length > 253) return 'host';
    if (!isNonNegInt(u.ms) || (u.ms as number) > 86_400_000) return 'ms';
    if (!isNonNegInt(u.grantedMs)) return 'grantedMs';
    return undefined;
  };

const reflectionCheck =
  (now: number): Check =>
  (r) => {
    if (!isId(r.id)) return 'id';
    if (!REFLECTION_KINDS.includes(r.kind as Reflection['kind'])) return 'kind';
    if (!isDayInRange(r.day, now)) return 'day';
    if (typeof r.text !== 'string' || r.text.length > 5000) return 'text';
    if (!isTime(r.at, now)) return 'at';
    return undefined;
  };

function checkAll(store: string, value: unknown, check: Check): ImportProblem | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return { code: 'badRecord', store, index: -1, field: store };
  for (let index = 0; index < value.length; index++) {
    const record: unknown = value[index];
    const field = isObject(record) ? check(record) : 'record';
    if (field) return { code: 'badRecord', store, index, field };
  }
  return undefined;
}

/** Older versions of the format become the current one here, step by step. */
function migrate(doc: Record<string, unknown>): Record<string, unknown> {
  return doc; // version 1 is the first; later versions add `if (version < N)` steps.
}

export function parseBackup(text: string, now: number): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { code: 'tooBig', maxBytes: MAX_IMPORT_BYTES } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT || !isNonNegInt(raw.version)) {
    return { ok: false, problem: { code: 'notBackup' } };
  }
  if ((raw.version as number) > BACKUP_VERSION || raw.version === 0) {
    return { ok: false, problem: { code: 'newerVersion', version: raw.version as number } };
  }
  const doc = migrate(raw);
  const problem =
    checkAll('wins', doc.wins, winCheck(now)) ??
    checkAll('usage', doc.usage, usageCheck(now)) ??
    checkAll('reflections', doc.reflections, reflectionCheck(now));
  if (problem) return { ok: false, problem };
  if (doc.settings !== undefined && !isObject(doc.settings)) {
    return {
      ok: false,
      problem: { code: 'badRecord', store: 'settings', index: -1, field: 'settings' },
    };
  }

  const wins = ((doc.wins as Win[] | undefined) ?? []).map((w) => ({ ...w, text: w.text.trim() }));
  const seen = new Set<string>();
  for (const list of [wins, (doc.reflections as Reflection[] | undefined) ?? []]) {
    seen.clear();
    for (const { id } of list) {
      if (seen.has(id)) return { ok: false, problem: { code: 'duplicateId', id } };
      seen.add(id);
    }
  }
  return {
    ok: true,
    data: {
      wins,
      usage: (doc.usage as UsageRecord[] | undefined) ?? [],
      reflections: (doc.reflections as Reflection[] | undefined) ?? [],
      settings: normalizeSettings(doc.settings),
    },
  };
}

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // Quote always; neutralise a leading formula character for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
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

export function winsToMarkdown(wins: readonly Win[], title: string): string {
  const byDay = new Map<string, Win[]>();
  for (const w of [...wins].sort((a, b) => a.at - b.at)) {
    byDay.set(w.day, [...(byDay.get(w.day) ?? []), w]);
  }
  const plain = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
  const days = [...byDay.entries()].map(
    ([day, list]) => `## ${day}\n\n${list.map((w) => `- ${plain(w.text)}`).join('\n')}\n`,
  );
  return `# ${title}\n\n${days.join('\n')}`;
}
