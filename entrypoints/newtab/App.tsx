// The new tab: today's date, today's wins first (read from today's index
// only), and an inline way to add one. Live across pages.
import { useTodayWins } from '../../components/useTodayWins';
import { WinForm } from '../../components/WinForm';
import { WinList } from '../../components/WinList';
import { dateOfDay } from '../../utils/day';
import { formatLongDate, t } from '../../utils/i18n';

const celebrating = new URLSearchParams(location.search).get('celebrate') === 'logoff';

export function App() {
  const { day, wins } = useTodayWins();
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
        {wins && <WinList wins={wins} labelledBy="today-heading" emptyText={t('todayEmpty')} />}
      </section>
      <section class="add">
        <WinForm id="newtab-win-text" label={t('newtabFieldLabel')} />
      </section>
    </main>
  );
}
