// Share with someone safe: choose the days, untick anything private, add a
// note, then copy, save as Markdown, or print (or save as PDF) through the
// browser. Nothing is sent anywhere; an unticked win is in no output. A long
// range is shown a page of days at a time; what is ticked is kept by id, so
// every output holds every chosen win of the range, on every page. The
// actions sit above the list (and stay in reach as it scrolls), so a range of
// hundreds of wins never hides them.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ShareActions } from '@/components/share/ShareActions';
import { ShareList } from '@/components/share/ShareList';
import { SharePager } from '@/components/share/SharePager';
import { useLive } from '@/hooks/use-live';
import { useWeekStart } from '@/hooks/use-week-start';
import type { DayKey } from '@/utils/core/day';
import { type ShareDay, shareDays, sharePages, untickedAmong } from '@/utils/core/share-pages';
import { type RangeChoice, rangeFor } from '@/utils/core/share-range';
import { t } from '@/utils/i18n';
import { listRange } from '@/utils/store/history';
import { currentDay } from '@/utils/store/today';
import { shareWords } from '@/utils/ui/share-words';

/** Wins drawn at once: a page of days, whatever the range holds. */
export const SHARE_PAGE_ROWS = 150;

const params = new URLSearchParams(location.search);
const CHOICES: [RangeChoice, Parameters<typeof t>[0]][] = [
  ['week', 'shareThisWeek'],
  ['twoWeeks', 'shareTwoWeeks'],
  ['month', 'shareThisMonth'],
  ['year', 'shareThisYear'],
  ['custom', 'shareCustom'],
];

/** The range's wins, grouped by day a batch at a time as they are read. */
async function loadRange(from: DayKey, to: DayKey) {
  const days: ShareDay[] = [];
  const ids = new Set<string>();
  const kept: string[] = [];
  const wins = await listRange(from, to, (batch) => {
    for (const w of batch) {
      ids.add(w.id);
      if (w.private) kept.push(w.id);
    }
    // A batch ends at a whole day, so its days follow the ones before.
    for (const day of shareDays(batch)) days.push(day);
  });
  return { wins, ids, kept, pages: sharePages(days, SHARE_PAGE_ROWS) };
}

export function App() {
  const [choice, setChoice] = useState<RangeChoice>(params.get('from') ? 'custom' : 'week');
  const [custom, setCustom] = useState({
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  });
  const [note, setNote] = useState('');
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [pageIndex, setPageIndex] = useState(0);
  const today = useLive(currentDay, []).data;
  const weekStart = useWeekStart();
  const range = today ? rangeFor(choice, today, custom, weekStart) : undefined;
  const loaded = useLive(
    async () => (range ? loadRange(range.from, range.to) : undefined),
    [range?.from, range?.to],
    ['wins'],
  ).data;
  useEffect(() => setPageIndex(0), [range?.from, range?.to]);
  // Wins kept private start unticked (once each: the person may tick one back).
  const defaulted = useRef(new Set<string>());
  useEffect(() => {
    const fresh = (loaded?.kept ?? []).filter((id) => !defaulted.current.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) defaulted.current.add(id);
    setUnticked((before) => new Set([...before, ...fresh]));
  }, [loaded]);

  const wins = loaded?.wins;
  const pages = loaded?.pages ?? [];
  const page = pages[Math.min(pageIndex, pages.length - 1)];
  const chosenCount = useMemo(
    () => (loaded ? loaded.wins.length - untickedAmong(loaded.ids, unticked) : 0),
    [loaded, unticked],
  );
  const words = range && shareWords(range.from, range.to);
  const toggle = (id: string) =>
    setUnticked((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <main>
      <nav class="top-links no-print">
        <a href="/newtab.html">{t('wrapBackToToday')}</a>
        <a href="/review.html">{t('wrapLink')}</a>
      </nav>
      <h1 class="no-print">{t('shareHeading')}</h1>
      <p class="no-print">{t('shareIntro')}</p>
      <fieldset class="no-print range">
        <legend>{t('shareRange')}</legend>
        {CHOICES.map(([value, key]) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="range"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />{' '}
            {t(key)}
          </label>
        ))}
        {choice === 'custom' && (
          <div class="row">
            <label for="from">{t('shareFrom')}</label>
            <input
              id="from"
              type="date"
              value={custom.from}
              onInput={(e) => setCustom({ ...custom, from: e.currentTarget.value })}
            />
            <label for="to">{t('shareTo')}</label>
            <input
              id="to"
              type="date"
              value={custom.to}
              onInput={(e) => setCustom({ ...custom, to: e.currentTarget.value })}
            />
          </div>
        )}
      </fieldset>
      <div class="no-print">
        <label for="note">{t('shareNote')}</label>
        <textarea
          id="note"
          dir="auto"
          rows={2}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>

      {range && words && (
        <section class="sheet" aria-labelledby="sheet-heading">
          <h2 id="sheet-heading">{words.title}</h2>
          {note.trim() && <p class="note">{note.trim()}</p>}
          {wins && wins.length === 0 && <p>{t('shareEmpty')}</p>}
          {/* The actions come before the list, and stay in reach while it scrolls. */}
          {wins && wins.length > 0 && (
            <ShareActions
              wins={wins}
              unticked={unticked}
              chosenCount={chosenCount}
              note={note}
              words={words}
              file={`small-wins-${range.from}-${range.to}.md`}
            />
          )}
          <SharePager pages={pages} index={pageIndex} onChange={setPageIndex} />
          {page && <ShareList days={page.days} unticked={unticked} onToggle={toggle} />}
        </section>
      )}
      {!range && choice === 'custom' && <p class="hint">{t('shareChooseDates')}</p>}
    </main>
  );
}
