// One win: its words (as plain text), kind, tags and time, quiet at rest: a
// proud win is warm and starred, and where the win can be changed there is
// one "more" button that reveals Proud, Keep private, Edit and Delete. A win
// just saved here arrives with a brief warm highlight; marking one proud
// glows once and is announced. entrypoints/first-paint/markup.ts draws the
// same row at rest, attribute for attribute.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { WinActions } from '@/components/wins/WinActions';
import { useAction } from '@/hooks/use-action';
import { useFresh } from '@/hooks/use-fresh';
import { shownTags, type Win, type WinKind } from '@/utils/core/win-rules';
import { type MessageKey, t } from '@/utils/i18n';
import { editWin, setProud } from '@/utils/store/wins';
import { timeOf } from '@/utils/ui/format';
import { reducedMotion } from '@/utils/ui/fresh-wins';
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
  const [open, setOpen] = useState(false);
  const [glow, setGlow] = useState(false);
  const [text, setText] = useState(win.text);
  const fresh = useFresh(win.id);
  const { problem, setProblem, run } = useAction();
  const more = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  const kind = KIND_LABEL[win.kind];
  const fieldId = `edit-${win.id}`;
  const actionsId = `actions-${win.id}`;

  // Leaving the edit form (saved or not) hands focus back to the row's button.
  useEffect(() => {
    if (!editing && back.current) more.current?.focus();
    back.current = false;
  }, [editing]);

  function stopEditing() {
    back.current = true;
    setEditing(false);
  }

  function save(event: Event) {
    event.preventDefault();
    void run(async () => {
      const result = await editWin(win.id, text);
      if (!result.ok) return setProblem(describeProblem(result));
      stopEditing();
      onStatus?.(t('editedStatus'));
    });
  }

  function toggleProud() {
    const proud = !win.proud;
    void run(async () => {
      await setProud(win.id, proud);
      setGlow(proud && !reducedMotion());
      onStatus?.(t(proud ? 'proudMarkedStatus' : 'proudUnmarkedStatus'));
    });
  }

  if (editing) {
    return (
      <li class={`win editing kind-${win.kind}`}>
        <form
          class="edit-form"
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key === 'Escape') stopEditing();
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
          <button type="button" class="secondary" onClick={stopEditing}>
            {t('cancelEdit')}
          </button>
          <Problem id={`${fieldId}-problem`} text={problem} />
        </form>
      </li>
    );
  }

  const tags = shownTags(win);
  const changeable = canMarkProud || onDelete;
  const classes = [
    'win',
    `kind-${win.kind}`,
    win.proud && 'proud',
    fresh && 'fresh',
    glow && 'glow',
  ];
  return (
    <li class={classes.filter(Boolean).join(' ')} data-fresh={fresh ? '' : undefined}>
      <bdi class="win-text">{win.text}</bdi>
      <span class="win-meta">
        {win.proud && (
          <span class="proud-mark">
            <span aria-hidden="true">★</span>
            <span class="visually-hidden">{t('proudShort')}</span>
          </span>
        )}
        {tags.length > 0 && (
          <ul class="tags" aria-label={t('tagsLabel')}>
            {tags.map((tag) => (
              <li key={tag} class="tag">
                <bdi>#{tag}</bdi>
              </li>
            ))}
          </ul>
        )}
        {kind && <span class="kind">{t(kind)}</span>}
        <time dateTime={new Date(win.at).toISOString()}>{timeOf(win.at)}</time>
        {changeable && (
          <button
            ref={more}
            type="button"
            class="link more"
            aria-expanded={open}
            aria-controls={open ? actionsId : undefined}
            aria-label={t('winMore', win.text)}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">⋯</span>
          </button>
        )}
      </span>
      {changeable && open && (
        <WinActions
          id={actionsId}
          win={win}
          canMarkProud={canMarkProud}
          run={(work) => void run(work)}
          onProud={toggleProud}
          onEdit={
            onDelete &&
            (() => {
              setText(win.text);
              setOpen(false);
              setEditing(true);
            })
          }
          onDelete={onDelete && (() => onDelete(win))}
          onClose={() => {
            setOpen(false);
            more.current?.focus();
          }}
        />
      )}
      <Problem text={problem} />
    </li>
  );
}
