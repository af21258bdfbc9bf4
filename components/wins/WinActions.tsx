// What a win's "more" button reveals: Proud, Keep private, Edit and Delete.
// A disclosure (a button with aria-expanded and the buttons after it), not a
// menu: screen readers read it as plain buttons, Tab walks through them, and
// Escape closes it and hands focus back to the "more" button.
import { PrivateToggle } from '@/components/wins/PrivateToggle';
import type { Win } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';

interface Props {
  id: string;
  win: Win;
  canMarkProud?: boolean;
  run: (work: () => Promise<void>) => void;
  onProud: () => void;
  onEdit?: () => void;
  onDelete?: () => void;
  onClose: () => void;
}

export function WinActions({
  id,
  win,
  canMarkProud,
  run,
  onProud,
  onEdit,
  onDelete,
  onClose,
}: Props) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside closes the disclosure
    <div
      id={id}
      class="win-actions"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      {canMarkProud && (
        <button
          type="button"
          class={`link proud${win.proud ? ' on' : ''}`}
          aria-pressed={win.proud === true}
          aria-label={t('proudToggle', win.text)}
          onClick={onProud}
        >
          <span aria-hidden="true">{win.proud ? '★' : '☆'}</span>
          {` ${t('proudShort')}`}
        </button>
      )}
      {canMarkProud && <PrivateToggle win={win} run={run} />}
      {onEdit && (
        <button type="button" class="link" aria-label={t('editWin', win.text)} onClick={onEdit}>
          {t('editShort')}
        </button>
      )}
      {onDelete && (
        <button type="button" class="link" aria-label={t('deleteWin', win.text)} onClick={onDelete}>
          {t('deleteShort')}
        </button>
      )}
    </div>
  );
}
