// The one way a screen reads stored data: load once, read again whenever one
// of the named stores changes in any page (or `deps` change), ignore answers
// that arrive after a newer read started, and turn a failure into a state the
// screen can show (logged once). Changes heard while a read is running are
// coalesced into one more read after it, so a burst of saves elsewhere costs
// two reads, not one per save.
import { useEffect, useRef, useState } from 'preact/hooks';
import { logProblem } from '@/utils/log';
import { listen, type StoreName } from '@/utils/messages';

export interface Live<T> {
  data: T | undefined;
  failed: boolean;
  reload: () => void;
}

export function useLive<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
  stores: readonly StoreName[] = [],
): Live<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  const latest = useRef(0);
  const running = useRef(false);
  const changedMeanwhile = useRef(false);
  const reload = () => {
    if (running.current) changedMeanwhile.current = true;
    else setVersion((v) => v + 1);
  };

  // The stores a view depends on never change, so one listener serves for its life.
  useEffect(() => listen(stores, reload), []);

  useEffect(() => {
    const ticket = ++latest.current;
    running.current = true;
    changedMeanwhile.current = false;
    const settle = () => {
      if (ticket !== latest.current) return false;
      running.current = false;
      if (changedMeanwhile.current) setVersion((v) => v + 1);
      return true;
    };
    load().then(
      (value) => {
        if (!settle()) return;
        setData(value);
        setFailed(false);
      },
      (error: unknown) => {
        if (!settle()) return;
        logProblem('could not read', error);
        setFailed(true);
      },
    );
  }, [...deps, version]);

  return { data, failed, reload };
}
