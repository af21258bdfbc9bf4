// Look back: everything about the days behind, on its own page so the new
// tab stays one calm screen. Opened from the new tab's link or its L key.
import { LookBack } from '@/components/lookback/LookBack';
import { Problem } from '@/components/shared/Problem';
import { useLive } from '@/hooks/use-live';
import { t } from '@/utils/i18n';
import { currentDay } from '@/utils/store/today';

export function App() {
  const today = useLive(currentDay, [], ['wins']);
  return (
    <main class="look-back-page">
      <header>
        <h1>{t('lookBackLink')}</h1>
        <a href="/newtab.html">{t('backToToday')}</a>
      </header>
      <Problem text={today.failed ? t('errorRead') : ''} />
      {today.data && <LookBack today={today.data} />}
    </main>
  );
}
