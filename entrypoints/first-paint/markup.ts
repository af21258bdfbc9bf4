// The first screen of the new tab and the popup, drawn with plain DOM calls
// (text as text, never HTML) in exactly the markup the Preact components
// render: entrypoints/newtab/App.tsx, entrypoints/popup/App.tsx and
// components/wins/{WinForm,WinList,WinItem}.tsx. tests/e2e/instant.spec.ts
// fails if the two drift apart. Words come from browser.i18n, dates and
// times from Intl with the same options as utils/ui/format.ts.
import { dateOfDay } from '@/utils/core/day';
import { popupView } from '@/utils/core/popup-view';
import { shownTags } from '@/utils/core/tags';
import {
  SNAPSHOT_KEY,
  STEPS_HEIGHT_KEY,
  STEPS_UNSIZED,
  stepsHeightFrom,
  type TodayWins,
  todayFromSnapshot,
} from '@/utils/core/today-snapshot';
import type { Win } from '@/utils/core/win-rules';
import type { MessageKey } from '@/utils/i18n';
import { holdEarlySubmits } from '@/utils/ui/early-input';
import { chrome, h, t } from './paint-kit';
import { screenSafe, screenSafeBar } from './screen-safe';

const KIND_LABEL: Partial<Record<Win['kind'], MessageKey>> = {
  logoff: 'kindLogoff',
  pause: 'kindPause',
  recap: 'kindRecap',
};

function readToday(): TodayWins | undefined {
  try {
    return todayFromSnapshot(localStorage.getItem(SNAPSHOT_KEY), Date.now());
  } catch {
    return undefined; // storage switched off: paint the frame only
  }
}

function winItem(win: Win, clock: Intl.DateTimeFormat, editable: boolean): HTMLElement {
  const kind = KIND_LABEL[win.kind];
  const tags = shownTags(win);
  return h(
    'li',
    { class: `win kind-${win.kind}${win.proud ? ' proud' : ''}` },
    h('bdi', { class: 'win-text' }, win.text),
    h(
      'span',
      { class: 'win-meta' },
      win.proud &&
        h(
          'span',
          { class: 'proud-mark' },
          h('span', { 'aria-hidden': 'true' }, '★'),
          h('span', { class: 'visually-hidden' }, t('proudShort')),
        ),
      tags.length > 0 &&
        h(
          'ul',
          { class: 'tags', 'aria-label': t('tagsLabel') },
          ...tags.map((tag) => h('li', { class: 'tag' }, h('bdi', {}, `#${tag}`))),
        ),
      kind && h('span', { class: 'kind' }, t(kind)),
      h('time', { datetime: new Date(win.at).toISOString() }, clock.format(win.at)),
      editable &&
        h(
          'button',
          {
            type: 'button',
            class: 'link more',
            'aria-expanded': 'false',
            'aria-label': t('winMore', win.text),
          },
          h('span', { 'aria-hidden': 'true' }, '⋯'),
        ),
    ),
  );
}

function winList(wins: Win[], editable: boolean): HTMLElement {
  if (wins.length === 0) return h('p', { class: 'empty' }, t('todayEmpty'));
  const clock = new Intl.DateTimeFormat(chrome.i18n.getUILanguage(), {
    hour: 'numeric',
    minute: '2-digit',
  });
  return h(
    'ul',
    { class: 'wins', 'aria-labelledby': 'today-heading' },
    ...[...wins].reverse().map((win) => winItem(win, clock, editable)),
  );
}

function stepsSlot(id: string): HTMLElement {
  const slot = h('div', { class: 'steps-slot' });
  let px: number | undefined;
  try {
    px = stepsHeightFrom(localStorage.getItem(STEPS_HEIGHT_KEY), id);
  } catch {
    px = undefined; // storage switched off
  }
  if (px) slot.style.minHeight = `${px}px`;
  // Their room is not known yet (a first opening): what lies below them stays
  // unseen until they arrive, rather than appear and then move.
  else document.documentElement.classList.add(STEPS_UNSIZED);
  return slot;
}

function winForm(id: string, label: string, autoFocus: boolean): HTMLElement {
  const field = h('input', {
    id,
    type: 'text',
    dir: 'auto',
    autocomplete: 'off',
    ...(autoFocus ? { autofocus: 'true' } : {}),
    placeholder: t('winFieldPlaceholder'),
    'aria-describedby': '',
  }) as HTMLInputElement;
  const form = h(
    'form',
    {},
    h('label', { for: id }, label),
    h('div', { class: 'field-row' }, field, h('button', { type: 'submit' }, t('saveButton'))),
  ) as HTMLFormElement;
  holdEarlySubmits(form, field);
  return h(
    'div',
    { class: 'win-form' },
    form,
    // The chips, energy and tries arrive with the app, as their own chunk:
    // keep the room they took last time.
    stepsSlot(id),
    h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
  );
}

function setPage(titleKey: MessageKey): void {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  document.documentElement.dir = chrome.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = t(titleKey);
}

export function paintNewTab(root: HTMLElement): void {
  setPage('newtabTitle');
  const hidden = screenSafe();
  const today = readToday();
  const date =
    today &&
    new Intl.DateTimeFormat(chrome.i18n.getUILanguage(), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }).format(dateOfDay(today.day));
  const celebrating = new URLSearchParams(location.search).get('celebrate') === 'logoff';
  root.append(
    h(
      'main',
      {},
      h(
        'header',
        {},
        h('p', { class: 'date' }, date),
        screenSafeBar(hidden, today?.wins.length),
        celebrating && h('p', { class: 'celebrate', role: 'status' }, t('celebrateLogoff')),
      ),
      h(
        'section',
        { class: 'today', 'aria-labelledby': 'today-heading' },
        h('h1', { id: 'today-heading' }, t('todayHeading')),
        today && winList(today.wins, true),
        h('div', { class: 'undo-bar', role: 'status' }),
      ),
      h('section', { class: 'add' }, winForm('newtab-win-text', t('newtabFieldLabel'), false)),
      // Where the look back will arrive, unseen until it has settled.
      h('div', { class: 'settling' }),
    ),
  );
}

/**
 * "+ N more today", in the plural form the browser's language gives N. The
 * form comes from the messages the browser chose, falling back to `_other`
 * where they have none (as utils/ui/plural.ts does; the language table stays
 * out of this small script).
 */
function moreToday(count: number): HTMLElement {
  const form = `moreToday_${new Intl.PluralRules(chrome.i18n.getUILanguage()).select(count)}`;
  const key = (chrome.i18n.getMessage(form) ? form : 'moreToday_other') as MessageKey;
  return h(
    'p',
    { class: 'more' },
    h('a', { href: '/newtab.html', target: '_blank', rel: 'noopener' }, t(key, count)),
  );
}

export function paintPopup(root: HTMLElement): void {
  setPage('popupTitle');
  const today = readToday();
  const count = today?.wins.length ?? 0;
  const view = today && popupView(today.wins);
  root.append(
    h(
      'main',
      {},
      winForm('win-text', t('winFieldLabel'), true),
      h(
        'section',
        { class: 'today' },
        h(
          'h2',
          { id: 'today-heading' },
          t('todayHeading'),
          count > 0 && h('span', { class: 'count' }, ` · ${t('todayCount', count)}`),
        ),
        view && winList(view.shown, false),
        view && view.more > 0 && moreToday(view.more),
      ),
      h('p', { class: 'hint shortcut' }),
      h(
        'div',
        { class: 'foot' },
        h('button', { type: 'button', class: 'secondary take-pause' }, t('takePause')),
        h(
          'nav',
          { class: 'links' },
          h('a', { href: '/newtab.html', target: '_blank', rel: 'noopener' }, t('openNewTab')),
          h('a', { href: '/options.html', target: '_blank', rel: 'noopener' }, t('openOptions')),
        ),
      ),
    ),
  );
  document.getElementById('win-text')?.focus();
}
