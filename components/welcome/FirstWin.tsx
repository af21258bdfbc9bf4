// The welcome page's opening: one question and the popup's own field, so the
// first thing a person does is save a real win, and a kind word once it is
// kept (it is then on the new tab like any other).
import { useRef } from 'preact/hooks';
import { WinForm } from '@/components/wins/WinForm';
import { useTodayWins } from '@/hooks/use-today-wins';
import { t } from '@/utils/i18n';

export function FirstWin() {
  const wins = useTodayWins().data?.wins;
  // How many today held when the page first read them: a save adds one.
  const before = useRef<number | undefined>(undefined);
  if (wins && before.current === undefined) before.current = wins.length;
  const saved = wins !== undefined && wins.length > (before.current ?? wins.length);
  return (
    <section class="first-win">
      <WinForm id="welcome-win" label={t('welcomeFirstWinLabel')} autoFocus />
      <p class="welcome-thanks">{saved ? t('welcomeFirstWinThanks') : ''}</p>
    </section>
  );
}
