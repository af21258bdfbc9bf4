// One win: its text (as plain text), kind, tags and time; on the new tab also
// edit and delete.
import { useState } from 'preact/hooks';
import { formatTime, type MessageKey, t } from '../utils/i18n';
import type { Win, WinKind } from '../utils/win-rules';
import { editWin } from '../utils/wins';
import { describeProblem } from './problem';

const KIND_LABEL: Partial<Record<WinKind, MessageKey>> = {
  logoff: 'kindLogoff',
  pause: 'kindPause',
  recap: 'kindRecap',
};

interface Props {
  win: Win;
  onDelete?: (win: Win) => void;
  onStatus?: (text: string) => void;
}

export function WinItem({ win, onDelete, onStatus }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(win.text);
  const [problem, setProblem] = useState('');
  const kind = KIND_LABEL[win.kind];
  const fieldId = `edit-${win.id}`;

  async function save(event: Event) {
    event.preventDefault();
    const result = await editWin(win.id, text);
    if (!result.ok) {
      setProblem(describeProblem(result));
      return;
    }
    setEditing(false);
    setProblem('');
    onStatus?.(t('editedStatus'));
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
          {problem && (
            <p id={`${fieldId}-problem`} class="problem" role="alert">
              {problem}
            </p>
          )}
        </form>
      </li>
    );
  }

  return (
    <li class={`win kind-${win.kind}`}>
      <span class="win-text">{win.text}</span>
      <span class="win-meta">
        {win.tags.length > 0 && (
          <ul class="tags" aria-label={t('tagsLabel')}>
            {win.tags.map((tag) => (
              <li key={tag} class="tag">
                #{tag}
              </li>
            ))}
          </ul>
        )}
        {kind && <span class="kind">{t(kind)}</span>}
        <time dateTime={new Date(win.at).toISOString()}>{formatTime(win.at)}</time>
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
    </li>
  );
}
