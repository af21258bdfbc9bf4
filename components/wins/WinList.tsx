// A day's wins as a named list, newest first. Text is rendered as text
// (Preact escapes it); no HTML from the user is ever interpreted.
import './wins.css';
import type { Win } from '@/utils/core/win-rules';
import { WinItem } from './WinItem';

interface Props {
  wins: Win[];
  labelledBy: string;
  emptyText: string;
  onDelete?: (win: Win) => void;
  onStatus?: (text: string) => void;
  /** Offer the "Proud of this" toggle on each win. */
  canMarkProud?: boolean;
}

export function WinList({ wins, labelledBy, emptyText, onDelete, onStatus, canMarkProud }: Props) {
  if (wins.length === 0) return <p class="empty">{emptyText}</p>;
  return (
    <ul class="wins" aria-labelledby={labelledBy}>
      {[...wins].reverse().map((win) => (
        <WinItem
          key={win.id}
          win={win}
          onDelete={onDelete}
          onStatus={onStatus}
          canMarkProud={canMarkProud}
        />
      ))}
    </ul>
  );
}
