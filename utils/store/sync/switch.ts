// Turning sync on and off on this computer, naming it, and removing data from
// the sync area. Turning on starts a fresh join (what already travels is
// read and adopted before this computer writes anything); turning off removes
// only this computer's keys; the others keep theirs.
import { PREFIX } from '@/utils/core/sync/pack';
import {
  readArea,
  SYNC_OFF,
  type SyncState,
  syncDocItem,
  syncOthersItem,
  syncStateItem,
  writeArea,
} from './items';

const newId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 16);

export const MAX_NAME_LENGTH = 40;

export async function turnSyncOn(name: string): Promise<SyncState> {
  const current = await syncStateItem.getValue();
  const state: SyncState = {
    ...SYNC_OFF,
    on: true,
    id: current.id ?? newId(),
    name: name.trim().slice(0, MAX_NAME_LENGTH),
  };
  await syncDocItem.removeValue();
  await syncStateItem.setValue(state);
  return state;
}

async function removeKeys(keep: (key: string) => boolean): Promise<void> {
  const area = await readArea();
  await writeArea(
    {},
    Object.keys(area).filter((key) => !keep(key)),
  );
}

const ownKey = (id: string) => (key: string) =>
  key === `${PREFIX}${id}` || key.startsWith(`${PREFIX}${id}:`);

export async function turnSyncOff(): Promise<void> {
  const state = await syncStateItem.getValue();
  await syncStateItem.setValue({ ...SYNC_OFF, id: state.id, name: state.name });
  await Promise.all([syncDocItem.removeValue(), syncOthersItem.removeValue()]);
  if (state.id) await removeKeys((key) => !ownKey(state.id as string)(key));
}

export async function renameComputer(name: string): Promise<void> {
  const state = await syncStateItem.getValue();
  await syncStateItem.setValue({ ...state, name: name.trim().slice(0, MAX_NAME_LENGTH) });
}

/** Removes every computer's Small Wins data from the sync area ("Delete everything"). */
export async function clearSyncArea(): Promise<void> {
  await removeKeys((key) => !key.startsWith(PREFIX));
}

export { syncStateItem };
