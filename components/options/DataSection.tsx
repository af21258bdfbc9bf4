// Export, import and delete: the user's data is theirs to take anywhere.
import { useEffect, useState } from 'preact/hooks';
import { UndoImport } from '@/components/options/UndoImport';
import { AutoBackup } from '@/components/shared/AutoBackup';
import { ImportField } from '@/components/shared/ImportField';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import { BACKUP_FOLDER } from '@/utils/core/auto-backup';
import { backupReminderDue } from '@/utils/core/backup-reminder';
import { dayKey } from '@/utils/core/day';
import { rightToLeft, t } from '@/utils/i18n';
import { backupFacts } from '@/utils/store/backup-reminder';
import { deleteEverything, noteExport, readAll } from '@/utils/store/data';
import { careWhenIdle } from '@/utils/store/page-open';
import { clearSyncArea } from '@/utils/store/sync/switch';
import { download } from '@/utils/ui/download';

/** What "Delete everything" cannot reach: files already saved on the computer, and where they are. */
const filesLeft = () =>
  t('deleteLeavesFiles', BACKUP_FOLDER, `small-wins-${dayKey(Date.now())}.json`);

// The backup rules load when someone exports, not with the page.
const backupRules = () => import('@/utils/core/backup');

export function DataSection({ onStatus }: { onStatus: (s: string) => void }) {
  const { problem, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  // Asked each time: the sync area also holds what other computers rely on.
  const [fromSync, setFromSync] = useState(false);
  // Daily backups and other care, once this lazily loaded section is on screen.
  useEffect(careWhenIdle, []);
  const reminder = useLive(async () => backupReminderDue(await backupFacts(), Date.now()), []);
  const remind = reminder.data === true;

  async function exportAs(kind: 'json' | 'csv' | 'md') {
    const now = Date.now();
    const [{ buildBackup, winsToCsv, winsToMarkdown }, data] = await Promise.all([
      backupRules(),
      readAll(),
    ]);
    const name = `small-wins-${dayKey(now)}`;
    if (kind === 'json') {
      download(`${name}.json`, 'application/json', JSON.stringify(buildBackup(data, now), null, 1));
      await noteExport(now);
      reminder.reload();
    } else if (kind === 'csv') {
      download(`${name}.csv`, 'text/csv', winsToCsv(data.wins));
    } else {
      download(
        `${name}.md`,
        'text/markdown',
        winsToMarkdown(data.wins, t('extName'), rightToLeft()),
      );
    }
    onStatus(t('exported'));
  }

  async function deleteAll() {
    if (fromSync) await clearSyncArea();
    await deleteEverything();
    setConfirming(false);
    reminder.reload();
    onStatus(`${t('deleted')} ${filesLeft()}`);
  }

  return (
    // Busy until the reminder's facts are read: a page that says nothing has looked.
    <div class="data" aria-busy={reminder.data === undefined && !reminder.failed}>
      <p>{t('dataIntro')}</p>
      {remind && <p class="reminder">{t('backupReminder')}</p>}
      <div class="row">
        <button
          type="button"
          onClick={() => void run(() => exportAs('json'))}
          aria-describedby="export-hint"
        >
          {t('exportJson')}
        </button>
        <button type="button" class="secondary" onClick={() => void run(() => exportAs('csv'))}>
          {t('exportCsv')}
        </button>
        <button type="button" class="secondary" onClick={() => void run(() => exportAs('md'))}>
          {t('exportMarkdown')}
        </button>
      </div>
      <p id="export-hint" class="hint">
        {t('exportJsonHint')}
      </p>

      <ImportField onStatus={onStatus} />
      <UndoImport onStatus={onStatus} />
      <AutoBackup onStatus={onStatus} />
      <Problem text={problem} />

      <div class="danger">
        {!confirming ? (
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        ) : (
          <fieldset class="confirm">
            <legend>{t('deleteConfirm')}</legend>
            <p class="hint">{filesLeft()}</p>
            <label>
              <input
                type="checkbox"
                checked={fromSync}
                onChange={(e) => setFromSync(e.currentTarget.checked)}
              />{' '}
              {t('deleteFromSync')}
            </label>
            <div class="row">
              <button type="button" onClick={() => void run(deleteAll)}>
                {t('deleteYes')}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                {t('deleteNo')}
              </button>
            </div>
          </fieldset>
        )}
      </div>
    </div>
  );
}
