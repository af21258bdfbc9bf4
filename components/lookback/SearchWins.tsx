// Search every win by text or #tag; results grouped by day. All wins are read
// once, only when the person starts searching.
import { useEffect, useRef, useState } from 'preact/hooks';
import { allWins } from '../../utils/history';
import { t } from '../../utils/i18n';
import { searchWins } from '../../utils/insights';
import type { Win } from '../../utils/win-rules';
import { WinList } from '../WinList';
import { fullDate } from './format';
import { useChanges } from './useChanges';

export function SearchWins() {
  const changes = useChanges('wins-changed');
  const [query, setQuery] = useState('');
  const [wins, setWins] = useState<Win[] | undefined>(undefined);
  // Which change version `wins` holds: read again only after a change, not per keystroke.
  const loadedAt = useRef(-1);

  useEffect(() => {
    if (!query.trim() || loadedAt.current === changes) return;
    loadedAt.current = changes;
    void allWins().then(setWins);
  }, [query, changes]);

  const groups = wins && query.trim() ? searchWins(wins, query) : [];
  const total = groups.reduce((n, g) => n + g.wins.length, 0);
  return (
    <section class="card search" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <label for="search-wins">{t('searchLabel')}</label>
      <input
        id="search-wins"
        type="search"
        value={query}
        autocomplete="off"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p class="status" role="status">
        {query.trim() && wins
          ? total > 0
            ? t('searchCount', total)
            : t('searchNone', query.trim())
          : ''}
      </p>
      {groups.map((group) => (
        <div key={group.day} class="result-day">
          <h3 id={`result-${group.day}`}>{fullDate(group.day)}</h3>
          <WinList
            wins={[...group.wins].reverse()}
            labelledBy={`result-${group.day}`}
            emptyText=""
          />
        </div>
      ))}
    </section>
  );
}
