// Backup documents for tests and the benchmark: the local day key of a date
// and a version-1 backup holding the wins (and anything else) given; a
// version-3 one when it carries the pauses counted in usage.
export interface WinSeed {
  id: string;
  text: string;
  date: Date;
  kind?: 'win' | 'logoff' | 'pause' | 'recap';
  tags?: string[];
  /** The site a log-off was from. */
  site?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of a date in local time (a midnight day start). */
export function localDayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Noon on today's date a year ago: what "from the past" offers. */
export function yearAgo(): Date {
  const d = new Date();
  return new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), 12);
}

/** Noon, `n` local days before today. */
export function daysAgo(n: number): Date {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - n, 12);
}

export function winRecord(seed: WinSeed) {
  return {
    id: seed.id,
    text: seed.text,
    day: localDayKey(seed.date),
    at: seed.date.getTime(),
    kind: seed.kind ?? 'win',
    tags: seed.tags ?? [],
    ...(seed.site ? { site: seed.site } : {}),
  };
}

/** A version-1 backup document; `extra` adds usage, reflections or settings (or another version). */
export function backupDocument(wins: WinSeed[], extra: Record<string, unknown> = {}) {
  return { format: 'small-wins-backup', version: 1, wins: wins.map(winRecord), ...extra };
}
