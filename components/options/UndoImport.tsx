// After an import, the options page offers to take back what it brought,
// for as long as that is kept; what was written since stays, and the words
// say so.

import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import { t } from '@/utils/i18n';
import { undoableImport, undoImport } from '@/utils/store/undo-import';
import { momentText } from '@/utils/ui/moment';

export function UndoImport({ onStatus }: { onStatus: (text: string) => void }) {
  const { busy, problem, run } = useAction();
  const live = useLive(() => undoableImport(), [], ['wins', 'usage', 'reflections']);
  const last = live.data;
  if (!last && !problem) return null;

  async function undo() {
    const undone = await undoImport();
    if (undone)
      onStatus(
        undone.kept > 0
          ? `${t('undoImportDone')} ${t('undoImportKept', undone.kept)}`
          : t('undoImportDone'),
      );
    live.reload();
  }

  return (
    <div class="undo-import">
      {last && (
        <>
          <p id="undo-import-hint">
            {t('undoImportOffer', momentText(last.at), momentText(last.until))}
          </p>
          <button
            type="button"
            class="secondary"
            disabled={busy}
            aria-describedby="undo-import-hint"
            onClick={() => void run(undo, t('undoImportProblem'))}
          >
            {t('undoImport')}
          </button>
        </>
      )}
      <Problem text={problem} />
    </div>
  );
}
