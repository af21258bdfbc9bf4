// The new tab: today's date and today's wins first (read from today's index
// only), an inline way to add one, then the look back, loaded after as its
// own chunk. Live across pages.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useSettings } from '../../components/useSettings';
import { useTodayWins } from '../../components/useTodayWins';
import { useUndoDelete } from '../../components/useUndoDelete';
import { WinForm } from '../../components/WinForm';
import { WinList } from '../../components/WinList';
import { dateOfDay } from '../../utils/day';
import { formatLongDate, t } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';

const celebrating = new URLSearchParams(location.search).get('celebrate') === 'logoff';
type LookBackView = ComponentType<{ today: string; settings: Settings }>;

export function App() {
  const settings = useSettings();
  const { day, wins } = useTodayWins(settings?.dayStartHour);
  const { deleted, remove, undo } = useUndoDelete();
  const [status, setStatus] = useState('');
  const [LookBack, setLookBack] = useState<LookBackView | undefined>(undefined);

  useEffect(() => {
    if (wins === undefined || LookBack) return;
    // Read by `npm run bench`: today's wins are on screen.
    performance.mark('today-visible');
    void import('../../components/lookback/LookBack').then((m) => setLookBack(() => m.LookBack));
  }, [wins, LookBack]);

  return (
    <main>
      <header>
        <p class="date">{formatLongDate(dateOfDay(day))}</p>
        {celebrating && (
          <p class="celebrate" role="status">
            {t('celebrateLogoff')}
          </p>
        )}
      </header>
      <section class="today" aria-labelledby="today-heading">
        <h1 id="today-heading">{t('todayHeading')}</h1>
        {wins && (
          <WinList
            wins={wins}
            labelledBy="today-heading"
            emptyText={t('todayEmpty')}
            onDelete={(win) => {
              void remove(win);
              setStatus('');
            }}
            onStatus={setStatus}
          />
        )}
        <div class="undo-bar" role="status">
          {deleted && (
            <>
              <span>{t('deletedStatus', deleted.text)}</span>
              <button type="button" class="secondary" onClick={() => void undo()}>
                {t('undo')}
              </button>
            </>
          )}
          {!deleted && status}
        </div>
      </section>
      <section class="add">
        <WinForm
          id="newtab-win-text"
          label={t('newtabFieldLabel')}
          dayStartHour={settings?.dayStartHour ?? 0}
        />
      </section>
      {LookBack && settings && <LookBack today={day} settings={settings} />}
    </main>
  );
}
