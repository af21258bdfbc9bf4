// Copy, save as Markdown, or print: each takes every chosen win of the range,
// on every page, never only the page on screen. The chosen set is worked out
// when a button is pressed, not on every tick.
import { useEffect, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { usePrintAll } from '@/hooks/use-print-all';
import { chosenByDay, type ShareWords, shareMarkdown, shareText } from '@/utils/core/share';
import type { Win } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { download } from '@/utils/ui/download';

interface Props {
  wins: readonly Win[];
  unticked: ReadonlySet<string>;
  chosenCount: number;
  note: string;
  words: ShareWords;
  file: string;
}

export function ShareActions({ wins, unticked, chosenCount, note, words, file }: Props) {
  const [status, setStatus] = useState('');
  const { problem, run } = useAction();
  const pick = () => ({
    wins,
    chosen: new Set(wins.filter((w) => !unticked.has(w.id)).map((w) => w.id)),
    note,
  });
  const { sheet, preparing, printAll } = usePrintAll(
    () => chosenByDay(pick()),
    words.day,
    words.proud,
  );
  useEffect(() => setStatus(''), [wins, note, unticked]);
  const none = chosenCount === 0;
  return (
    <>
      <div class="row no-print actions">
        <p class="hint" role="status">
          {preparing
            ? t('sharePreparingPrint', chosenCount)
            : status || t('shareChosen', chosenCount, wins.length)}
        </p>
        <button
          type="button"
          disabled={none}
          onClick={() =>
            void run(async () => {
              await navigator.clipboard.writeText(shareText(pick(), words));
              setStatus(t('shareCopied', chosenCount));
            })
          }
        >
          {t('shareCopy')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={none}
          onClick={() => download(file, 'text/markdown', shareMarkdown(pick(), words))}
        >
          {t('shareMarkdown')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={none || preparing}
          onClick={() => void run(printAll)}
        >
          {t('sharePrint')}
        </button>
      </div>
      <Problem text={problem} />
      {/* Every chosen win, written here only while printing. */}
      <div class="print-sheet share-list" ref={sheet} />
    </>
  );
}
