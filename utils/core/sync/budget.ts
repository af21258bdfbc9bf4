// One budget across computers: a day's time on a limited site is this
// computer's own count plus every other computer's own count for that day.
// Only this computer's part is ever written here; the others' parts are added
// when the tracker reads the day, so nothing is counted twice. Pure.
import type { DayUsage } from '../budget';

export function withOthers(
  own: Readonly<Record<string, DayUsage>>,
  others: Readonly<Record<string, number>> | undefined,
): Record<string, DayUsage> {
  const out: Record<string, DayUsage> = {};
  for (const [host, u] of Object.entries(own)) out[host] = { ...u };
  for (const [host, ms] of Object.entries(others ?? {})) {
    const u = out[host] ?? { ms: 0, grantedMs: 0 };
    out[host] = { ...u, ms: u.ms + ms };
  }
  return out;
}
