// One sync: read the whole sync area first, find this computer's changes
// since last time, merge everything, write here what the merge brought, then
// write this computer's own keys (only those that changed, in one call, and
// remove its parts no longer needed). The worker runs it after a change,
// batched (see entrypoints/background/sync.ts); it never writes other keys.
import { contextAt } from '@/utils/core/backup-records';
import { addDays, dayKey } from '@/utils/core/day';
import { changesFor, heldFrom, othersMinutes } from '@/utils/core/sync/held';
import { type Doc, mergeAll, sameData } from '@/utils/core/sync/model';
import { PREFIX, pack, QUOTA_BYTES, RESERVE_BYTES } from '@/utils/core/sync/pack';
import { readArea as parseArea } from '@/utils/core/sync/parse';
import { stampChanges } from '@/utils/core/sync/stamp';
import { announce } from '@/utils/messages';
import { loadSettings } from '../settings';
import {
  readArea,
  type SyncState,
  syncDocItem,
  syncOthersItem,
  syncStateItem,
  writeArea,
} from './items';
import { applyChanges, readLocal } from './local';

/** How far back wins, reflections and minutes travel (the oldest stop first when space is short). */
export const SYNC_DAYS = 60;

export interface SyncResult {
  /** Whether records here changed (pages and the tracker should read again). */
  changedHere: boolean;
  othersChanged: boolean;
}

const isFull = (error: unknown) =>
  /quota|QUOTA_BYTES|MAX_ITEMS|too large|exceed/i.test(String(error));

export async function syncNow(now = Date.now()): Promise<SyncResult> {
  const state = await syncStateItem.getValue();
  if (!state.on || !state.id) return { changedHere: false, othersChanged: false };
  const own = state.id;
  const area = await readArea();
  const settings = await loadSettings();
  const from = addDays(dayKey(now, settings.dayStartHour), -SYNC_DAYS);
  const read = parseArea(area, own, contextAt(now, settings.dayStartHour));
  const remote = Object.values(read.docs);
  const held = heldFrom(await readLocal(from), own);
  const joining = !state.joined;
  const known = joining ? mergeAll(remote) : ((await syncDocItem.getValue()) ?? {});
  const stamped = stampChanges(known, held, { from, own }, { joining, seen: remote });
  const merged = mergeAll([stamped, ...remote]);
  const changedHere = await applyChanges(changesFor(merged, held));

  const others = othersMinutes(merged, own);
  const othersBefore = await syncOthersItem.getValue();
  const othersChanged = !sameData(others, othersBefore ?? {});
  if (othersChanged) {
    await syncOthersItem.setValue(others);
    announce('usage');
  }

  // Dated records older than what travels are not kept in the known copy.
  const kept: Record<string, Doc[string]> = {};
  for (const [key, e] of Object.entries(merged))
    if (e.day === undefined || e.day >= from) kept[key] = e;

  const room = QUOTA_BYTES - read.othersBytes - RESERVE_BYTES;
  const packed = pack(kept, own, state.name, room);
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(packed.items)) {
    if (!sameData(area[key], value)) set[key] = value;
  }
  const ownPrefix = `${PREFIX}${own}`;
  const remove = Object.keys(area).filter(
    (key) => (key === ownPrefix || key.startsWith(`${ownPrefix}:`)) && !(key in packed.items),
  );
  let problem: SyncState['problem'] = null;
  let wrote = false;
  try {
    if (Object.keys(set).length > 0 || remove.length > 0) {
      await writeArea(set, remove);
      wrote = true;
    }
  } catch (error) {
    // Nothing is lost: everything stays here, and the next sync offers it again.
    if (!isFull(error)) throw error;
    problem = 'full';
  }
  // What did not travel stays known here and is offered again next time.
  await syncDocItem.setValue(kept);
  const computers = new Set([own, ...read.computers.map((c) => c.id)]).size;
  await syncStateItem.setValue({
    ...(await syncStateItem.getValue()),
    joined: true,
    lastWriteAt: wrote ? now : state.lastWriteAt,
    problem,
    refused: read.refused.map((r) => r.key),
    meter: {
      bytes: read.othersBytes + packed.bytes,
      quota: QUOTA_BYTES,
      days: packed.days,
      behind: packed.behind,
      computers,
    },
  });
  return { changedHere, othersChanged };
}
