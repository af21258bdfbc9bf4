// The keyboard shortcut the browser really bound for the popup.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { logProblem } from '@/utils/log';

/** The bound shortcut, '' when the browser bound none, undefined while asking. */
export function useShortcut(): string | undefined {
  const [keys, setKeys] = useState<string | undefined>(undefined);
  useEffect(() => {
    browser.commands.getAll().then(
      (all) => setKeys(all.find((c) => c.name === '_execute_action')?.shortcut ?? ''),
      (error: unknown) => {
        logProblem('could not read the shortcut', error);
        setKeys('');
      },
    );
  }, []);
  return keys;
}
