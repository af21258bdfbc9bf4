// Share with someone safe: choose the days, untick anything private, add a
// note, then copy, save as Markdown, or print (or save as PDF) through the
// browser. Nothing is sent anywhere; an unticked win is in no output.
import { useEffect, useState } from 'preact/hooks';
import { ShareList } from '@/components/share/ShareList';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import { shareMarkdown, shareText } from '@/utils/core/share';
import { type RangeChoice, rangeFor } from '@/utils/core/share-range';
import { t } from '@/utils/i18n';
import { listRange } from '@/utils/store/history';
import { currentDay } from '@/utils/store/today';
import { download } from '@/utils/ui/download';
import { shareWords } from '@/utils/ui/share-words';

const params = new URLSearchParams(location.search);
const CHOICES: [RangeChoice, Parameters<typeof t>[0]][] = [
  ['week', 'shareThisWeek'],
  ['twoWeeks', 'shareTwoWeeks'],
  ['month', 'shareThisMonth'],
  ['year', 'shareThisYear'],
  ['custom', 'shareCustom'],
];

export function App() {
  const [choice, setChoice] = useState<RangeChoice>(params.get('from') ? 'custom' : 'week');
  const [custom, setCustom] = useState({
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  });
  const [note, setNote] = useState('');
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');
  const { problem, run } = useAction();
  const today = useLive(currentDay, []).data;
  const range = today ? rangeFor(choice, today, custom) : undefined;
  const wins = useLive(
    async () => (range ? listRange(range.from, range.to) : []),
    [range?.from, range?.to],
    ['wins'],
  ).data;
  useEffect(() => setStatus(''), [range?.from, range?.to, note, unticked]);

  const chosen = new Set((wins ?? []).filter((w) => !unticked.has(w.id)).map((w) => w.id));
  const pick = { wins: wins ?? [], chosen, note };
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
        <textarea id="note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>

      {range && words && (
        <section class="sheet" aria-labelledby="sheet-heading">
          <h2 id="sheet-heading">{words.title}</h2>
          {note.trim() && <p class="note">{note.trim()}</p>}
          {wins && wins.length === 0 && <p>{t('shareEmpty')}</p>}
          {wins && wins.length > 0 && (
            <ShareList wins={wins} unticked={unticked} onToggle={toggle} />
          )}
        </section>
      )}
      {!range && choice === 'custom' && <p class="hint">{t('shareChooseDates')}</p>}

      {words && wins && wins.length > 0 && (
        <div class="row no-print actions">
          <p class="hint" role="status">
            {status || t('shareChosen', chosen.size, wins.length)}
          </p>
          <button
            type="button"
            disabled={chosen.size === 0}
            onClick={() =>
              void run(async () => {
                await navigator.clipboard.writeText(shareText(pick, words));
                setStatus(t('shareCopied', chosen.size));
              })
            }
          >
            {t('shareCopy')}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={chosen.size === 0}
            onClick={() =>
              download(
                `small-wins-${range?.from}-${range?.to}.md`,
                'text/markdown',
                shareMarkdown(pick, words),
              )
            }
          >
            {t('shareMarkdown')}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={chosen.size === 0}
            onClick={() => print()}
          >
            {t('sharePrint')}
          </button>
        </div>
      )}
      <Problem text={problem} />
    </main>
  );
}
