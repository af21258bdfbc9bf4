// The new tab, one calm screen: today's date and today's wins first (read
// from today's index only), an inline way to add one, then one card for the
// moment, loaded after as its own chunk, and a small way on to the Look back
// page and the settings. Live across pages. Until the database answers it shows the
// synchronous copy of today's list the first-paint script already drew, so
// Preact adopts that markup unchanged.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Ways } from '@/components/newtab/Ways';
import { Problem } from '@/components/shared/Problem';
import { ScreenSafe } from '@/components/wins/ScreenSafe';
import { WinForm } from '@/components/wins/WinForm';
import { WinList } from '@/components/wins/WinList';
import { useAction } from '@/hooks/use-action';
import { useTodayWins } from '@/hooks/use-today-wins';
import { useUndoDelete } from '@/hooks/use-undo-delete';
import { t } from '@/utils/i18n';
import { snapshotToday } from '@/utils/store/snapshot';
import { longDay } from '@/utils/ui/format';

const celebrating = new URLSearchParams(location.search).get('celebrate') === 'logoff';
type CardView = ComponentType<{ today: string }>;
const painted = snapshotToday();
/** The card shows once its parts stop arriving (quiet this long), or at the latest after CAP. */
const QUIET_MS = 200;
const CAP_MS = 3000;

/**
 * Keeps the card for the moment (and the way on below it) invisible while its
 * parts load one by one, so nothing arriving pushes another part down in
 * front of the person; then shows it whole. Returns whether it is shown.
 */
function useSettled(slot: { current: HTMLElement | null }, started: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const node = slot.current;
    if (!started || !node) return;
    let quiet = setTimeout(show, QUIET_MS);
    const cap = setTimeout(show, CAP_MS);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(show, QUIET_MS);
    });
    observer.observe(node, { childList: true, subtree: true, characterData: true });
    function stop() {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
    }
    function show() {
      stop();
      setSettled(true);
    }
    return stop;
  }, [started]);
  return settled;
}

export function App() {
  const today = useTodayWins();
  const { day, wins } = today.data ?? painted ?? {};
  const { deleted, remove, undo } = useUndoDelete();
  const { problem, run } = useAction();
  const [status, setStatus] = useState('');
  const [Card, setCard] = useState<CardView | undefined>(undefined);
  const slot = useRef<HTMLDivElement>(null);
  const cardShown = useSettled(slot, Card !== undefined);
  // A delete takes its row (and the button pressed) away: focus goes to its Undo.
  const undoBar = useRef<HTMLDivElement>(null);
  const undoCount = useRef(0);
  useEffect(() => {
    if (deleted.length > undoCount.current)
      undoBar.current?.querySelector<HTMLButtonElement>('li:last-child button')?.focus();
    undoCount.current = deleted.length;
  }, [deleted.length]);

  useEffect(() => {
    if (wins === undefined || Card) return;
    // Read by `npm run bench`: today's wins are on screen.
    performance.mark('today-visible');
    void run(async () => {
      const { MomentCard } = await import('@/components/lookback/MomentCard');
      setCard(() => MomentCard);
    });
  }, [wins, Card]);

  return (
    <main>
      <header>
        <p class="date">{day && longDay(day)}</p>
        <ScreenSafe count={wins?.length} />
        {celebrating && (
          <p class="celebrate" role="status">
            {t('celebrateLogoff')}
          </p>
        )}
      </header>
      <section class="today" aria-labelledby="today-heading">
        <h1 id="today-heading">{t('todayHeading')}</h1>
        <Problem text={today.failed ? t('errorRead') : ''} />
        {wins && (
          <WinList
            wins={wins}
            labelledBy="today-heading"
            emptyText={t('todayEmpty')}
            onDelete={(win) => {
              void run(() => remove(win));
              setStatus('');
            }}
            onStatus={setStatus}
            canMarkProud
          />
        )}
        <div class="undo-bar" role="status" ref={undoBar}>
          {deleted.length === 0 && status}
          {deleted.length > 0 && (
            <ul class="undo-list">
              {deleted.map((win) => (
                <li key={win.id}>
                  <span>{t('deletedStatus', win.text)}</span>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('undoDelete', win.text)}
                    onClick={() => void run(() => undo(win))}
                  >
                    {t('undo')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Problem text={problem} />
      </section>
      <section class="add">
        <WinForm id="newtab-win-text" label={t('newtabFieldLabel')} suggestions />
      </section>
      <div ref={slot} class={cardShown ? undefined : 'settling'}>
        {Card && day && <Card today={day} />}
        {Card && <Ways />}
      </div>
    </main>
  );
}
