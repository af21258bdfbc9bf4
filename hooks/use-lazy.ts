// A component loaded as its own chunk after the page is up, so what the page
// needs first stays small. A chunk that cannot load is logged once, and the
// page goes on without it: the part arrives as one that renders nothing, so a
// page waiting for all its parts never waits forever.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { logProblem } from '@/utils/log';

const Nothing = () => null;

export function useLazy<P>(
  load: () => Promise<ComponentType<P>>,
  enabled = true,
): ComponentType<P> | undefined {
  const [view, setView] = useState<ComponentType<P> | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    load().then(
      (component) => setView(() => component),
      (error: unknown) => {
        logProblem('could not load a part of the page', error);
        setView(() => Nothing);
      },
    );
  }, [enabled]);
  return view;
}
