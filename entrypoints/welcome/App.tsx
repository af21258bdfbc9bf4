// One calm page on a first install. It opens with a question and a field
// that saves a real first win, then says where to pin the toolbar button and
// the shortcut, offers (never asks for) a first limited site, and keeps the
// rest short: daily backups, restoring a backup, the new tab, privacy.
import { useState } from 'preact/hooks';
import { FirstWin } from '@/components/welcome/FirstWin';
import { ReachHint } from '@/components/welcome/ReachHint';
import { useLazy } from '@/hooks/use-lazy';
import { t } from '@/utils/i18n';

// The forms (site, backups, restore) come in their own chunk, right after.
const loadActions = () =>
  import('@/components/welcome/WelcomeActions').then((m) => m.WelcomeActions);

export function App() {
  const Actions = useLazy(loadActions);
  const [status, setStatus] = useState('');
  return (
    <main class="welcome">
      <h1>{t('welcomeHeading')}</h1>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <FirstWin />
      <ReachHint />
      {Actions && <Actions onStatus={setStatus} />}
      <section aria-labelledby="newtab-heading">
        <h2 id="newtab-heading">{t('welcomeNewTabHeading')}</h2>
        <p>{t('welcomeNewTab')}</p>
      </section>
      <p class="welcome-privacy">{t('welcomePrivacy')}</p>
    </main>
  );
}
