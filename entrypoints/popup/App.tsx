// The toolbar popup: type a win, press Enter, type the next. It stays open,
// and it stays one screen: the latest few wins, a link to the rest on the new
// tab, and the pause and Settings at its foot, always in view.
// Until the database answers it shows the synchronous copy of today's list the
// first-paint script already drew; the shortcut line keeps its place while
// the browser is asked, so nothing below it moves.

import { browser } from 'wxt/browser';
import { Problem } from '@/components/shared/Problem';
import { WinForm } from '@/components/wins/WinForm';
import { WinList } from '@/components/wins/WinList';
import { useAction } from '@/hooks/use-action';
import { useShortcut } from '@/hooks/use-shortcut';
import { useTodayWins } from '@/hooks/use-today-wins';
import { PAUSE_PAGE } from '@/utils/core/pause-page';
import { popupView } from '@/utils/core/popup-view';
import { t } from '@/utils/i18n';
import { snapshotToday } from '@/utils/store/snapshot';
import { plural } from '@/utils/ui/plural';

const painted = snapshotToday();

export function App() {
  const shortcut = useShortcut();
  // The save's own broadcast reaches this page too and refreshes the list.
  const wins = (useTodayWins().data ?? painted)?.wins;
  // One screen: the latest few, and a way to the rest on the new tab.
  const view = wins && popupView(wins);
  const { problem, run } = useAction();
  return (
    <main>
      <WinForm id="win-text" label={t('winFieldLabel')} autoFocus suggestions />
      <section class="today">
        <h2 id="today-heading">
          {t('todayHeading')}
          {wins && wins.length > 0 && <span class="count"> · {t('todayCount', wins.length)}</span>}
        </h2>
        {view && (
          <WinList wins={view.shown} labelledBy="today-heading" emptyText={t('todayEmpty')} />
        )}
        {view && view.more > 0 && (
          <p class="more">
            <a href="/newtab.html" target="_blank" rel="noopener">
              {plural('moreToday', view.more, view.more)}
            </a>
          </p>
        )}
      </section>
      <Problem text={problem} />
      <p class="hint shortcut">
        {shortcut !== undefined && (shortcut ? t('shortcutHint', shortcut) : t('shortcutUnset'))}
      </p>
      {/* Always in view, even should the page ever grow past the browser's limit. */}
      <div class="foot">
        <button
          type="button"
          class="secondary take-pause"
          onClick={() =>
            void run(() => browser.tabs.create({ url: browser.runtime.getURL(PAUSE_PAGE) }))
          }
        >
          {t('takePause')}
        </button>
        <nav class="links">
          <a href="/newtab.html" target="_blank" rel="noopener">
            {t('openNewTab')}
          </a>
          <a href="/options.html" target="_blank" rel="noopener">
            {t('openOptions')}
          </a>
        </nav>
      </div>
    </main>
  );
}
