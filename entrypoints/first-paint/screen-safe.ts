// The new tab's first frame, safe on a shared screen: when the person chose
// to open it hidden, the page is marked before anything personal is drawn,
// and the bar ScreenSafe.tsx renders (the count while hidden, the button) is
// drawn with the very same markup, so the app adopts it without a jump.
import { SCREEN_SAFE, SCREEN_SAFE_KEY } from '@/utils/core/today-snapshot';
import type { MessageKey } from '@/utils/i18n';
import { chrome, h, t } from './paint-kit';

/** Safe on a shared screen from the first frame when the person chose so. */
export function screenSafe(): boolean {
  try {
    if (localStorage.getItem(SCREEN_SAFE_KEY) !== '1') return false;
  } catch {
    return false; // storage switched off: the app hides the page once it reads the settings
  }
  document.documentElement.classList.add(SCREEN_SAFE);
  return true;
}

// As utils/ui/plural.ts, without its table of languages (the first paint
// stays small): a category the messages do not hold reads as "other".
function countWords(count: number, n: string): string {
  const category = new Intl.PluralRules(chrome.i18n.getUILanguage()).select(count);
  const key = `screenSafeCount_${category}` as MessageKey;
  return chrome.i18n.getMessage(key) ? t(key, n) : t('screenSafeCount_other', n);
}

/** The same bar ScreenSafe.tsx renders: the count while hidden, and the button. */
export function screenSafeBar(hidden: boolean, count: number | undefined): HTMLElement {
  const n =
    count === undefined ? '' : new Intl.NumberFormat(chrome.i18n.getUILanguage()).format(count);
  return h(
    'div',
    { class: 'screen-safe-bar' },
    hidden && count !== undefined && h('p', { class: 'screen-safe-count' }, countWords(count, n)),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'aria-keyshortcuts': 'H',
        'aria-pressed': String(hidden),
      },
      hidden ? t('screenSafeShow') : t('screenSafeHide'),
    ),
  );
}
