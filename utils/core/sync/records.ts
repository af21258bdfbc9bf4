// The rule each travelling record must meet, by its kind of key: a win and a
// reflection as an import checks them, a setting and a site as the options
// page could have saved them, minutes as a whole number of milliseconds in a
// day and only under the computer that wrote them. Pure.
import { type Context, reflectionCheck, winCheck } from '../backup-records';
import { isDayKey } from '../day';
import { DEFAULT_SETTINGS, normalizeSettings } from '../settings';
import { SYNCED_SETTINGS } from './held';
import { parseUsageKey, sameData } from './model';

export type RecordContext = Context;

type Checked = { ok: true; d: unknown } | { ok: false };
const DAY_MS = 86_400_000;
const no: Checked = { ok: false };
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkRecord(
  key: string,
  d: unknown,
  day: string | undefined,
  computer: string,
  ctx: RecordContext,
): Checked {
  if (day !== undefined && !isDayKey(day)) return no;
  if (key.startsWith('w:') || key.startsWith('r:')) {
    if (day === undefined) return no;
    if (d === null) return { ok: true, d };
    if (!isObject(d)) return no;
    const record = key.startsWith('w:') ? winCheck(ctx)(d) : reflectionCheck(ctx)(d);
    if (typeof record === 'string' || `${key.slice(0, 2)}${record.id}` !== key) return no;
    return record.day === day ? { ok: true, d: record } : no;
  }
  if (key.startsWith('s:')) {
    const field = key.slice(2) as (typeof SYNCED_SETTINGS)[number];
    if (!SYNCED_SETTINGS.includes(field) || day !== undefined) return no;
    const normal = normalizeSettings({ ...DEFAULT_SETTINGS, [field]: d })[field];
    return sameData(normal, d) ? { ok: true, d } : no;
  }
  if (key.startsWith('site:')) {
    if (day !== undefined) return no;
    if (d === null) return { ok: true, d };
    const [site] = normalizeSettings({ ...DEFAULT_SETTINGS, sites: [d] }).sites;
    return site && `site:${site.host}` === key && sameData(site, d) ? { ok: true, d: site } : no;
  }
  const u = parseUsageKey(key);
  if (!u || u.computer !== computer || u.day !== day || !isObject(d)) return no;
  const ms = d.ms;
  return typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= DAY_MS
    ? { ok: true, d: { ms } }
    : no;
}
