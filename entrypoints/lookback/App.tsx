// Look back: everything about the days behind, on its own page so the new
// tab stays one calm screen. Opened from the new tab's link or its L key.
// Its heading comes at once; the cards follow as their own chunk.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { useAction } from '@/hooks/use-action';
import { useLive } from '@/hooks/use-live';
import { t } from '@/utils/i18n';
import { currentDay } from '@/utils/store/today';

type Body = ComponentType<{ today: string }>;

export function App() {
  const today = useLive(currentDay, [], ['wins']);
  const [LookBack, setLookBack] = useState<Body | undefined>(undefined);
  const { problem, run } = useAction();
  useEffect(() => {
    void run(async () => {
      const { LookBack } = await import('@/components/lookback/LookBack');
      setLookBack(() => LookBack);
    });
  }, []);
  return (
    <main class="look-back-page">
      <header>
        <h1>{t('lookBackLink')}</h1>
        <a href="/newtab.html">{t('backToToday')}</a>
      </header>
      <Problem text={today.failed ? t('errorRead') : problem} />
      {today.data && LookBack && <LookBack today={today.data} />}
    </main>
  );
}
