// The file field that restores a backup, with its hint, progress and any
// problem; used by the options page and the welcome page alike. Progress and
// the result are said right under the field, in one live region that is
// always there (a region added with its text is not reliably announced),
// and brought into view if the page moved while the import ran.
import { useEffect, useRef } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useImport } from '@/hooks/use-import';
import { MAX_IMPORT_BYTES } from '@/utils/core/backup-size';
import { t } from '@/utils/i18n';

export function ImportField({ onStatus }: { onStatus: (text: string) => void }) {
  const { progress, result, problem, choose } = useImport(onStatus);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (result) said.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);
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
      <p ref={said} class="status import-result" role="status">
        {progress || result}
      </p>
      <Problem text={problem} />
    </div>
  );
}
