// The toolbar popup: type a win, press Enter, type the next. It stays open.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useSettings } from '../../components/useSettings';
import { useTodayWins } from '../../components/useTodayWins';
import { WinForm } from '../../components/WinForm';
import { WinList } from '../../components/WinList';
import { t } from '../../utils/i18n';

/** The bound shortcut, '' when the browser bound none, undefined while asking. */
function useShortcut(): string | undefined {
  const [keys, setKeys] = useState<string | undefined>(undefined);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setKeys(all.find((c) => c.name === '_execute_action')?.shortcut ?? ''));
  }, []);
  return keys;
}

export function App() {
  const shortcut = useShortcut();
  const settings = useSettings();
  const dayStartHour = settings?.dayStartHour;
  // The save's own broadcast reaches this page too and refreshes the list.
  const { wins } = useTodayWins(dayStartHour);
  return (
    <main>
      <WinForm
        id="win-text"
        label={t('winFieldLabel')}
        autoFocus
        suggestions
        dayStartHour={dayStartHour ?? 0}
      />
      <section class="today">
        <h2 id="today-heading">
          {t('todayHeading')}
          {wins && wins.length > 0 && <span class="count"> · {t('todayCount', wins.length)}</span>}
        </h2>
        {wins && <WinList wins={wins} labelledBy="today-heading" emptyText={t('todayEmpty')} />}
      </section>
      <button
        type="button"
        class="secondary take-pause"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/pause.html') })}
      >
        {t('takePause')}
      </button>
      {shortcut !== undefined && (
        <p class="hint shortcut">{shortcut ? t('shortcutHint', shortcut) : t('shortcutUnset')}</p>
      )}
      <nav class="links">
        <a href="/newtab.html" target="_blank" rel="noopener">
          {t('openNewTab')}
        </a>
        <a href="/options.html" target="_blank" rel="noopener">
          {t('openOptions')}
        </a>
      </nav>
    </main>
  );
}
