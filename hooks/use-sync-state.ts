// Sync as this computer has it (on or off, its name, the meter), kept in
// step with the worker, which updates it after every sync.
import { useEffect, useState } from 'preact/hooks';
import { logProblem } from '@/utils/log';
import { type SyncState, syncStateItem } from '@/utils/store/sync/items';

export function useSyncState(): SyncState | undefined {
  const [state, setState] = useState<SyncState | undefined>(undefined);
  useEffect(() => {
    syncStateItem
      .getValue()
      .then(setState, (error: unknown) => logProblem('could not read sync', error));
    return syncStateItem.watch(setState);
  }, []);
  return state;
}
