// The one way a screen does something a person asked for: busy while it runs,
// and a failure logged once and shown in kind words, never a silent rejection.
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';

export interface Action {
  busy: boolean;
  problem: string;
  setProblem: (text: string) => void;
  /** Runs `work`; if it throws, shows `failText` (a kind "try again" by default). */
  run: (work: () => Promise<unknown>, failText?: string) => Promise<void>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  async function run(work: () => Promise<unknown>, failText = t('actionProblem')) {
    setBusy(true);
    setProblem('');
    try {
      await work();
    } catch (error) {
      logProblem('could not finish an action', error);
      setProblem(failText);
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, setProblem, run };
}
