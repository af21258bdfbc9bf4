// Restoring from a backup file, the same wherever it is offered (the options
// page, the welcome page): the file is checked whole before anything is
// written, the import is all or nothing, it can be undone, and the outcome
// is said in kind words, beside the field that was used (not in the page's
// status line far above it).
import { useState } from 'preact/hooks';
import { useAction } from '@/hooks/use-action';
import { MAX_IMPORT_BYTES } from '@/utils/core/backup-size';
import { t } from '@/utils/i18n';
import { inTurns } from '@/utils/next-task';
import { describeImportProblem } from '@/utils/ui/import-problems';

// The backup rules, the writing and the import's words load when someone
// imports, not with the page.
const backupRules = () => import('@/utils/core/backup');
const undoable = () => import('@/utils/store/undo-import');
const importWords = () => import('@/utils/ui/import-words');

export interface ImportFile {
  /** "Importing… 500 of 2,000" while it runs, '' otherwise. */
  progress: string;
  /** What the last import brought, in words, until the next one starts. */
  result: string;
  problem: string;
  busy: boolean;
  /** Reads the input's file (and clears the input so the same file can be chosen again). */
  choose: (input: HTMLInputElement) => void;
}

export function useImport(onStatus: (text: string) => void): ImportFile {
  const { busy, problem, setProblem, run } = useAction();
  const [progress, setProgress] = useState('');
  const [result, setResult] = useState('');

  async function importFile(file: File) {
    onStatus('');
    setResult('');
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem(describeImportProblem({ code: 'tooBig', maxBytes: MAX_IMPORT_BYTES }));
      return;
    }
    setProgress(t('importReading'));
    try {
      await checkAndImport(file);
    } finally {
      setProgress('');
    }
  }

  async function checkAndImport(file: File) {
    const { decodeBackup, parseBackupSteps } = await backupRules();
    // Read the bytes, not `file.text()`, which would turn another encoding into "�".
    const decoded = decodeBackup(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      setProblem(describeImportProblem(decoded.problem));
      return;
    }
    // Checked in steps, a turn of the page between them: 100,000 wins stay responsive.
    const parsed = await inTurns(parseBackupSteps(decoded.text, Date.now()));
    if (!parsed.ok) {
      setProblem(describeImportProblem(parsed.problem));
      return;
    }
    const { importWithUndo } = await undoable();
    const report = await importWithUndo(parsed.data, (done, total) =>
      setProgress(t('importing', done, total)),
    );
    setResult((await importWords()).importReportWords(report));
  }

  function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (file) void run(() => importFile(file), t('importStorage'));
  }

  return { progress, result, problem, busy, choose };
}
