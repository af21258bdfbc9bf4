// Where the toolbar button is pinned, in the words of the browser the page
// runs in (Chrome's puzzle-piece menu, Firefox's "Pin to Toolbar"), and the
// keyboard shortcut: the two ways to a win from any page.
import { useShortcut } from '@/hooks/use-shortcut';
import { browserFamily } from '@/utils/core/browser-family';
import { t } from '@/utils/i18n';

const SUGGESTED_KEYS = 'Alt+Shift+K';

function Shortcut() {
  const keys = useShortcut();
  if (keys === undefined) return null;
  return <p>{keys ? t('welcomeShortcut', keys) : t('welcomeNoShortcut', SUGGESTED_KEYS)}</p>;
}

export function ReachHint() {
  const firefox = browserFamily(navigator.userAgent) === 'firefox';
  return (
    <section aria-labelledby="reach-heading">
      <h2 id="reach-heading">{t('welcomeReachHeading')}</h2>
      <p class="pin-hint">{t(firefox ? 'welcomePinFirefox' : 'welcomePin')}</p>
      <Shortcut />
    </section>
  );
}
