// A day's wins as a named list, newest first, each a plain text item (Preact
// escapes it; no HTML from the user is ever interpreted).
import { formatTime, type MessageKey, t } from '../utils/i18n';
import type { Win, WinKind } from '../utils/win-rules';

const KIND_LABEL: Partial<Record<WinKind, MessageKey>> = {
  logoff: 'kindLogoff',
  pause: 'kindPause',
  recap: 'kindRecap',
};

interface Props {
  wins: Win[];
  labelledBy: string;
  emptyText: string;
}

export function WinList({ wins, labelledBy, emptyText }: Props) {
  if (wins.length === 0) {
    return (
      <p class="empty" id={`${labelledBy}-empty`}>
        {emptyText}
      </p>
    );
  }
  const newestFirst = [...wins].reverse();
  return (
    <ul class="wins" aria-labelledby={labelledBy}>
      {newestFirst.map((win) => {
        const kind = KIND_LABEL[win.kind];
        return (
          <li key={win.id} class={`win kind-${win.kind}`}>
            <span class="win-text">{win.text}</span>
            <span class="win-meta">
              {kind && <span class="kind">{t(kind)}</span>}
              <time dateTime={new Date(win.at).toISOString()}>{formatTime(win.at)}</time>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
