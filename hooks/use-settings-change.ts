// Changing a setting from a control (a checkbox, a select): the control shows
// the person's choice at once and keeps showing it until the saved settings
// agree. Without this, any render in between (the busy flag of the write
// itself, another page's change arriving) puts the old value back on screen
// for a moment, and a quick second look sees the box unticked again. A
// failed write shows the saved value again, with a kind problem.
import { useEffect, useState } from 'preact/hooks';
import { useAction } from '@/hooks/use-action';
import type { Settings } from '@/utils/core/settings';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/store/settings';

export interface SettingsChange {
  /** The settings as the controls show them: saved, with choices on their way. */
  shown: Settings;
  change: (patch: Partial<Settings>) => Promise<void>;
  problem: string;
  setProblem: (text: string) => void;
}

/** The choices in `pending` that `settings` does not hold yet (the same object if all). */
function stillPending(pending: Partial<Settings>, settings: Settings): Partial<Settings> {
  const entries = Object.entries(pending);
  const left = entries.filter(([key, value]) => settings[key as keyof Settings] !== value);
  return left.length === entries.length ? pending : Object.fromEntries(left);
}

function withoutKeys(pending: Partial<Settings>, patch: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.entries(pending).filter(([key]) => !(key in patch)));
}

export function useSettingsChange(
  settings: Settings,
  onStatus: (text: string) => void,
): SettingsChange {
  const { problem, setProblem, run } = useAction();
  const [pending, setPending] = useState<Partial<Settings>>({});
  useEffect(() => setPending((p) => stillPending(p, settings)), [settings]);

  const change = (patch: Partial<Settings>) => {
    setPending((p) => ({ ...p, ...patch }));
    return run(async () => {
      try {
        const saved = await updateSettings((s) => ({ ...s, ...patch }));
        // Saved otherwise than chosen (normalised): the saved value is the truth.
        const changed = stillPending(patch, saved);
        if (Object.keys(changed).length > 0) setPending((p) => withoutKeys(p, changed));
      } catch (error) {
        setPending((p) => withoutKeys(p, patch));
        throw error;
      }
      onStatus(t('settingsSaved'));
    });
  };
  return { shown: { ...settings, ...pending }, change, problem, setProblem };
}
