// One page of the chosen days' wins, each with a checkbox (all ticked at
// first) so anything private can be left out; proud wins are marked. What is
// ticked lives in the page's set of unticked ids, not in these boxes, so a
// win on another page keeps its choice. Unticked wins are hidden in print.
import type { ShareDay } from '@/utils/core/share-pages';
import { t } from '@/utils/i18n';
import { longDay } from '@/utils/ui/format';

interface Props {
  days: readonly ShareDay[];
  unticked: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

export function ShareList({ days, unticked, onToggle }: Props) {
  return (
    <div class="share-list">
      {days.map(({ day, wins: list }) => (
        <div
          key={day}
          class={`share-day${list.every((w) => unticked.has(w.id)) ? ' unticked' : ''}`}
        >
          <h3 id={`day-${day}`}>{longDay(day)}</h3>
          <ul aria-labelledby={`day-${day}`}>
            {list.map((w) => (
              <li key={w.id} class={unticked.has(w.id) ? 'unticked' : undefined}>
                <input
                  id={`share-${w.id}`}
                  type="checkbox"
                  class="no-print"
                  checked={!unticked.has(w.id)}
                  onChange={() => onToggle(w.id)}
                />
                <label for={`share-${w.id}`}>
                  <bdi>{w.text}</bdi>
                  {w.proud && (
                    <span class="proud-mark">
                      {' '}
                      <span aria-hidden="true">★</span> {t('shareProudMark')}
                    </span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
