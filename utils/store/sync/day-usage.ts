// A day's time on each limited site as the budget sees it: this computer's
// own count (IndexedDB) plus every other computer's own count that arrived
// through sync (core/sync/budget.ts). Only the own part is ever written.

import type { DayUsage } from '@/utils/core/budget';
import type { DayKey } from '@/utils/core/day';
import { withOthers } from '@/utils/core/sync/budget';
import { readDayUsage } from '../usage';
import { syncOthersItem } from './items';

export async function readSharedDayUsage(day: DayKey): Promise<Record<string, DayUsage>> {
  const [own, others] = await Promise.all([readDayUsage(day), syncOthersItem.getValue()]);
  return withOthers(own, others?.[day]);
}
