// The wins of the chosen days, each with a checkbox (all ticked at first) so
// anything private can be left out; proud wins are marked. Unticked wins are
// hidden from the printed page.
import type { Win } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { longDay } from '@/utils/ui/format';

interface Props {
  wins: Win[];
  unticked: ReadonlySet<string>;
  onToggle: (id: string) => void;
}

export function ShareList({ wins, unticked, onToggle }: Props) {
  const byDay = new Map<string, Win[]>();
  for (const w of [...wins].sort((a, b) => a.at - b.at)) {
    byDay.set(w.day, [...(byDay.get(w.day) ?? []), w]);
  }
  return (
    <div class="share-list">
      {[...byDay.entries()].map(([day, list]) => (
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
                  {w.text}
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
