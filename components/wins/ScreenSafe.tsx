// Safe on a shared screen: one key (H, when not typing) or this button hides
// every personal text on the new tab (wins, the field, intentions, recaps,
// search, the whole look back), leaving the date and how many wins today,
// until shown again. "Open hidden" in the options makes every new tab start
// so, from its first frame (the first paint reads a copy of that choice).
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { SCREEN_SAFE } from '@/utils/core/today-snapshot';
import { t } from '@/utils/i18n';
import { logProblem } from '@/utils/log';
import { loadSettingField, watchSettingField } from '@/utils/store/setting-field';
import { rememberScreenSafe } from '@/utils/store/snapshot';
import { plural } from '@/utils/ui/plural';

const root = document.documentElement;

// The choice alone, not the whole settings (see setting-field.ts): this bar is
// on the new tab's first load.
const hideOnStartIn = (stored: Record<string, unknown> | null) => stored?.hideOnStart === true;

/** Typing somewhere: the key is a letter there, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

export function ScreenSafe({ count }: { count: number | undefined }) {
  const [hideOnStart, setHideOnStart] = useState<boolean | undefined>(undefined);
  const [hidden, setHidden] = useState(root.classList.contains(SCREEN_SAFE));
  const [chosen, setChosen] = useState(false);

  useEffect(() => {
    loadSettingField(hideOnStartIn).then(setHideOnStart, (error: unknown) =>
      logProblem('could not read whether the new tab opens hidden', error),
    );
    return watchSettingField(hideOnStartIn, setHideOnStart);
  }, []);

  useEffect(() => {
    if (hideOnStart === undefined) return;
    rememberScreenSafe(hideOnStart);
    if (!chosen) setHidden(hideOnStart);
  }, [hideOnStart]);

  // Before the frame that shows the count: never the count beside the wins.
  useLayoutEffect(() => {
    root.classList.toggle(SCREEN_SAFE, hidden);
  }, [hidden]);

  const toggle = () => {
    setChosen(true);
    setHidden((h) => !h);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'h' || e.ctrlKey || e.altKey || e.metaKey) return;
      if (typing(e.target)) return;
      e.preventDefault();
      toggle();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div class="screen-safe-bar">
      {hidden && count !== undefined && (
        <p class="screen-safe-count">{plural('screenSafeCount', count, count)}</p>
      )}
      <button
        type="button"
        class="secondary"
        aria-keyshortcuts="H"
        aria-pressed={hidden}
        onClick={toggle}
      >
        {hidden ? t('screenSafeShow') : t('screenSafeHide')}
      </button>
    </div>
  );
}
