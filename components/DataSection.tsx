// Export, import and delete: the user's data is theirs to take anywhere.
import { useEffect, useState } from 'preact/hooks';
import {
  buildBackup,
  MAX_IMPORT_BYTES,
  parseBackup,
  winsToCsv,
  winsToMarkdown,
} from '../utils/backup';
import {
  countWins,
  deleteEverything,
  importData,
  lastExportAt,
  noteExport,
  readAll,
} from '../utils/data';
import { dayKey } from '../utils/day';
import { t } from '../utils/i18n';
import { download } from './download';
import { describeImportProblem } from './importProblem';

const REMIND_AFTER_MS = 30 * 86_400_000;

export function DataSection({ onStatus }: { onStatus: (s: string) => void }) {
  const [remind, setRemind] = useState(false);
  const [problem, setProblem] = useState('');
  const [progress, setProgress] = useState('');
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void Promise.all([countWins(), lastExportAt()]).then(([wins, last]) => {
      setRemind(wins > 0 && (last === undefined || Date.now() - last > REMIND_AFTER_MS));
    });
  }, []);

  async function exportAs(kind: 'json' | 'csv' | 'md') {
    const now = Date.now();
    const data = await readAll();
    const name = `small-wins-${dayKey(now)}`;
    if (kind === 'json') {
      download(`${name}.json`, 'application/json', JSON.stringify(buildBackup(data, now), null, 1));
      await noteExport(now);
      setRemind(false);
    } else if (kind === 'csv') {
      download(`${name}.csv`, 'text/csv', winsToCsv(data.wins));
    } else {
      download(`${name}.md`, 'text/markdown', winsToMarkdown(data.wins, t('extName')));
    }
    onStatus(t('exported'));
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setProblem('');
    onStatus('');
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem(describeImportProblem({ code: 'tooBig', maxBytes: MAX_IMPORT_BYTES }));
      return;
    }
    const parsed = parseBackup(await file.text(), Date.now());
    if (!parsed.ok) {
      setProblem(describeImportProblem(parsed.problem));
      return;
    }
    try {
      const report = await importData(parsed.data, (done, total) =>
        setProgress(t('importing', done, total)),
      );
      const parts = [t('importDone', report.winsAdded, report.winsAlreadyHere)];
      if (report.sitesAdded.length > 0) parts.push(t('importSites', report.sitesAdded.join(', ')));
      onStatus(parts.join(' '));
    } catch (error) {
      console.error('Small Wins import:', error);
      setProblem(t('importStorage'));
    } finally {
      setProgress('');
    }
  }

  async function deleteAll() {
    await deleteEverything();
    setConfirming(false);
    setRemind(false);
    onStatus(t('deleted'));
  }

  return (
    <div class="data">
      <p>{t('dataIntro')}</p>
      {remind && <p class="reminder">{t('backupReminder')}</p>}
      <div class="row">
        <button type="button" onClick={() => void exportAs('json')} aria-describedby="export-hint">
          {t('exportJson')}
        </button>
        <button type="button" class="secondary" onClick={() => void exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" class="secondary" onClick={() => void exportAs('md')}>
          {t('exportMarkdown')}
        </button>
      </div>
      <p id="export-hint" class="hint">
        {t('exportJsonHint')}
      </p>

      <label for="import">{t('importLabel')}</label>
      <input
        id="import"
        type="file"
        accept="application/json,.json"
        aria-describedby="import-hint"
        aria-invalid={problem ? true : undefined}
        onChange={(e) => void importFile(e.currentTarget)}
      />
      <p id="import-hint" class="hint">
        {t('importHint', Math.round(MAX_IMPORT_BYTES / 1024 / 1024))}
      </p>
      {progress && (
        <p class="hint" role="status">
          {progress}
        </p>
      )}
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}

      <div class="danger">
        {!confirming ? (
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        ) : (
          <fieldset class="confirm">
            <legend>{t('deleteConfirm')}</legend>
            <div class="row">
              <button type="button" onClick={() => void deleteAll()}>
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
