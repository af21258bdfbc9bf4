// One win: its text (as plain text), kind, tags and time; on the new tab also
// edit and delete.
import { useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { PrivateToggle } from '@/components/wins/PrivateToggle';
import { useAction } from '@/hooks/use-action';
import type { Win, WinKind } from '@/utils/core/win-rules';
import { type MessageKey, t } from '@/utils/i18n';
import { editWin, setProud } from '@/utils/store/wins';
import { timeOf } from '@/utils/ui/format';
import { describeProblem } from '@/utils/ui/problems';

const KIND_LABEL: Partial<Record<WinKind, MessageKey>> = {
  logoff: 'kindLogoff',
  pause: 'kindPause',
  recap: 'kindRecap',
};

interface Props {
  win: Win;
  onDelete?: (win: Win) => void;
  onStatus?: (text: string) => void;
  canMarkProud?: boolean;
}

export function WinItem({ win, onDelete, onStatus, canMarkProud }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(win.text);
  const { problem, setProblem, run } = useAction();
  const kind = KIND_LABEL[win.kind];
  const fieldId = `edit-${win.id}`;

  function save(event: Event) {
    event.preventDefault();
    void run(async () => {
      const result = await editWin(win.id, text);
      if (!result.ok) return setProblem(describeProblem(result));
      setEditing(false);
      onStatus?.(t('editedStatus'));
    });
  }

  if (editing) {
    return (
      <li class={`win editing kind-${win.kind}`}>
        <form
          class="edit-form"
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false);
          }}
        >
          <label for={fieldId} class="visually-hidden">
            {t('editField')}
          </label>
          <input
            id={fieldId}
            type="text"
            dir="auto"
            value={text}
            // biome-ignore lint/a11y/noAutofocus: focus follows the Edit button the person pressed
            autoFocus
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${fieldId}-problem` : undefined}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setProblem('');
            }}
          />
          <button type="submit">{t('saveEdit')}</button>
          <button type="button" class="secondary" onClick={() => setEditing(false)}>
            {t('cancelEdit')}
          </button>
          <Problem id={`${fieldId}-problem`} text={problem} />
        </form>
      </li>
    );
  }

  return (
    <li class={`win kind-${win.kind}`}>
      <bdi class="win-text">{win.text}</bdi>
      <span class="win-meta">
        {win.tags.length > 0 && (
          <ul class="tags" aria-label={t('tagsLabel')}>
            {win.tags.map((tag) => (
              <li key={tag} class="tag">
                <bdi>#{tag}</bdi>
              </li>
            ))}
          </ul>
        )}
        {kind && <span class="kind">{t(kind)}</span>}
        <time dateTime={new Date(win.at).toISOString()}>{timeOf(win.at)}</time>
        {canMarkProud && (
          <button
            type="button"
            class={`link proud${win.proud ? ' on' : ''}`}
            aria-pressed={win.proud === true}
            aria-label={t('proudToggle', win.text)}
            onClick={() => void run(() => setProud(win.id, !win.proud))}
          >
            <span aria-hidden="true">{win.proud ? '★' : '☆'}</span>
            {` ${t('proudShort')}`}
          </button>
        )}
        {canMarkProud && <PrivateToggle win={win} run={(work) => void run(work)} />}
        {onDelete && (
          <>
            <button
              type="button"
              class="link"
              aria-label={t('editWin', win.text)}
              onClick={() => {
                setText(win.text);
                setEditing(true);
              }}
            >
              {t('editShort')}
            </button>
            <button
              type="button"
              class="link"
              aria-label={t('deleteWin', win.text)}
              onClick={() => onDelete(win)}
            >
              {t('deleteShort')}
            </button>
          </>
        )}
      </span>
      <Problem text={problem} />
    </li>
  );
}
