// After an import, the options page offers to put the data back as it was
// before, for as long as the kept copy lasts.

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
    if (await undoImport()) onStatus(t('undoImportDone'));
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
