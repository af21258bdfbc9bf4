// The file field that restores a backup, with its hint, progress and any
// problem; used by the options page and the welcome page alike.
import { Problem } from '@/components/shared/Problem';
import { useImport } from '@/hooks/use-import';
import { MAX_IMPORT_BYTES } from '@/utils/core/backup-size';
import { t } from '@/utils/i18n';

export function ImportField({ onStatus }: { onStatus: (text: string) => void }) {
  const { progress, problem, choose } = useImport(onStatus);
  return (
    <div class="import">
      <label for="import">{t('importLabel')}</label>
      <input
        id="import"
        type="file"
        accept="application/json,.json"
        aria-describedby="import-hint"
        aria-invalid={problem ? true : undefined}
        onChange={(e) => choose(e.currentTarget)}
      />
      <p id="import-hint" class="hint">
        {t('importHint', Math.round(MAX_IMPORT_BYTES / 1024 / 1024))}
      </p>
      {progress && (
        <p class="hint" role="status">
          {progress}
        </p>
      )}
      <Problem text={problem} />
    </div>
  );
}
