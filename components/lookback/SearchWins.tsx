// Search every win by text or #tag; results grouped by day. All wins are read
// once, only when the person starts searching, a batch at a time (oldest
// first, turned round at the end, never sorted in one long task). Matching is
// one linear pass; only a page of results is drawn at a time, with "Show
// more" for the next, so a one-letter search among 100,000 wins never
// freezes the page.
import { useMemo, useState } from 'preact/hooks';
import { WinList } from '@/components/wins/WinList';
import { useLive } from '@/hooks/use-live';
import { firstWins, type SearchIndex, searchIn } from '@/utils/core/insights';
import { growingSearchIndex } from '@/utils/core/search-index';
import { t } from '@/utils/i18n';
import { allWins } from '@/utils/store/history';
import { fullDate } from '@/utils/ui/format';

export const SEARCH_PAGE = 100;

export function SearchWins() {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(SEARCH_PAGE);
  // Read once the person starts searching, then again only after a change, not per keystroke.
  const searching = query.trim() !== '';
  // The index is built as the read ends, in its own task, apart from drawing.
  const index = useLive<SearchIndex | undefined>(
    async () => {
      if (!searching) return undefined;
      const growing = growingSearchIndex();
      await allWins(growing.add);
      return growing.newestFirst();
    },
    [searching],
    ['wins'],
  ).data;

  const groups = useMemo(
    () => (index && query.trim() ? searchIn(index, query) : []),
    [index, query],
  );
  const total = groups.reduce((n, g) => n + g.wins.length, 0);
  const page = useMemo(() => firstWins(groups, shown), [groups, shown]);
  return (
    <section class="card search" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <label for="search-wins">{t('searchLabel')}</label>
      <input
        id="search-wins"
        type="search"
        value={query}
        autocomplete="off"
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setShown(SEARCH_PAGE);
        }}
      />
      <p class="status" role="status">
        {query.trim() && index
          ? total > 0
            ? t('searchCount', total)
            : t('searchNone', query.trim())
          : ''}
      </p>
      {page.map((group) => (
        <div key={group.day} class="result-day">
          <h3 id={`result-${group.day}`}>{fullDate(group.day)}</h3>
          <WinList
            wins={[...group.wins].reverse()}
            canMarkProud
            labelledBy={`result-${group.day}`}
            emptyText=""
          />
        </div>
      ))}
      {total > shown && (
        <p class="more">
          <button type="button" class="secondary" onClick={() => setShown((n) => n + SEARCH_PAGE)}>
            {t('searchShowMore', Math.min(SEARCH_PAGE, total - shown), total - shown)}
          </button>
        </p>
      )}
    </section>
  );
}
