// Search's index grown a batch at a time from wins read oldest first (each
// batch lower-cased as it arrives, in its own short task), then turned round
// once: no sort of 100,000 wins in one task. The same index as
// `searchIndex` in insights.ts, for `searchIn` to search.
import type { SearchIndex } from './insights';
import type { Win } from './win-rules';

/** An index to grow with `add` (oldest first), then read with `newestFirst`. */
export function growingSearchIndex() {
  const wins: Win[] = [];
  const texts: string[] = [];
  return {
    add(batch: readonly Win[]) {
      for (const w of batch) {
        wins.push(w);
        texts.push(w.text.toLowerCase());
      }
    },
    newestFirst(): SearchIndex {
      return { wins: wins.reverse(), texts: texts.reverse() };
    },
  };
}
