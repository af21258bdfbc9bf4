// One calm page on a first install: what Small Wins does, why the browser
// asks about the new tab, how to reach the popup, an optional first site,
// daily backups, restoring from a backup, and the privacy promise.
import { useState } from 'preact/hooks';
import { useLazy } from '@/hooks/use-lazy';
import { useShortcut } from '@/hooks/use-shortcut';
import { t } from '@/utils/i18n';

// The forms (site, backups, restore) come in their own chunk, right after.
const loadActions = () =>
  import('@/components/welcome/WelcomeActions').then((m) => m.WelcomeActions);

const SUGGESTED_KEYS = 'Alt+Shift+K';

function Shortcut() {
  const keys = useShortcut();
  if (keys === undefined) return null;
  return <p>{keys ? t('welcomeShortcut', keys) : t('welcomeNoShortcut', SUGGESTED_KEYS)}</p>;
}

export function App() {
  const Actions = useLazy(loadActions);
  const [status, setStatus] = useState('');
  return (
    <main class="welcome">
      <h1>{t('welcomeHeading')}</h1>
      <ul class="welcome-about">
        <li>{t('welcomeAboutWins')}</li>
        <li>{t('welcomeAboutPause')}</li>
        <li>{t('welcomeAboutLookBack')}</li>
      </ul>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <section aria-labelledby="newtab-heading">
        <h2 id="newtab-heading">{t('welcomeNewTabHeading')}</h2>
        <p>{t('welcomeNewTab')}</p>
      </section>
      <section aria-labelledby="reach-heading">
        <h2 id="reach-heading">{t('welcomeReachHeading')}</h2>
        <p>{t('welcomePin')}</p>
        <Shortcut />
      </section>
      {Actions && <Actions onStatus={setStatus} />}
      <p class="welcome-privacy">{t('welcomePrivacy')}</p>
    </main>
  );
}
