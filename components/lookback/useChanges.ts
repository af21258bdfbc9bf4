// A number that goes up whenever another page changes the kinds of stored data
// a view shows, so it can re-read them. Views name the kinds they depend on:
// the worker's usage updates (every tab switch, every minute while counting)
// must not make win-only views re-query.
import { useEffect, useState } from 'preact/hooks';
import { type Broadcast, listen } from '../../utils/messages';

export function useChanges(...kinds: Broadcast['type'][]): number {
  const [version, setVersion] = useState(0);
  // The kinds a view depends on never change, so one listener serves for its life.
  useEffect(
    () =>
      listen((message) => {
        if (kinds.includes(message.type)) setVersion((v) => v + 1);
      }),
    [],
  );
  return version;
}
