// Turning automatic backups on and off, and saying when the newest one was
// saved and where. The downloads permission is asked for inside the click
// (Firefox refuses a request after an await); turning off gives it back.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { AUTO_BACKUP_OFF, type AutoBackupState, BACKUP_FOLDER } from '@/utils/core/auto-backup';

// The writing loads when backups are turned on or off, not with the page.
const writer = () => import('@/utils/store/auto-backup');

import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import { autoBackupState, DOWNLOADS, watchAutoBackup } from '@/utils/store/auto-backup-state';
import { momentText } from '@/utils/ui/moment';

function problemText(state: AutoBackupState): string {
  if (!state.on || !state.problem) return '';
  return state.problem === 'permission' ? t('autoBackupNoPermission') : t('autoBackupNotSaved');
}

export function AutoBackup({ onStatus }: { onStatus: (text: string) => void }) {
  const [state, setState] = useState<AutoBackupState | undefined>(undefined);
  const { busy, problem, setProblem, run } = useAction();
  // What the person just chose, shown while it is being carried out.
  const [choice, setChoice] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    autoBackupState().then(setState, (error: unknown) =>
      logProblem('could not read the backup state', error),
    );
    return watchAutoBackup(setState);
  }, []);
  const current = state ?? AUTO_BACKUP_OFF;

  function toggle(on: boolean) {
    if (busy) return;
    onStatus('');
    setChoice(on);
    const done = () => setChoice(undefined);
    if (!on) {
      void run(async () => {
        await (await writer()).turnOffAutoBackup();
        onStatus(t('autoBackupOff'));
      }).finally(done);
      return;
    }
    // No await before this call: it must stay inside the person's click.
    const asked = browser.permissions.request(DOWNLOADS);
    void run(async () => {
      if (!(await asked)) {
        setProblem(t('autoBackupDeclined'));
        return;
      }
      const saved = await (await writer()).turnOnAutoBackup();
      onStatus(saved.lastAt !== null ? t('autoBackupOnSaved') : t('autoBackupOn'));
    }).finally(done);
  }

  const notice = problem || problemText(current);
  return (
    <div class="auto-backup">
      <div class="check">
        <input
          id="auto-backup"
          type="checkbox"
          checked={choice ?? current.on}
          disabled={state === undefined}
          aria-describedby="auto-backup-hint"
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        <label for="auto-backup">{t('autoBackupLabel')}</label>
      </div>
      <p id="auto-backup-hint" class="hint">
        {t('autoBackupHint', BACKUP_FOLDER)}
      </p>
      {current.on && current.lastAt !== null && (
        <p class="hint">
          {t('autoBackupLast', momentText(current.lastAt), current.lastFile ?? BACKUP_FOLDER)}
        </p>
      )}
      <Problem text={notice} />
    </div>
  );
}
