// The current settings for a page, kept in step with every other page.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/core/settings';
import { logProblem } from '@/utils/log';
import { loadSettings, watchSettings } from '@/utils/store/settings';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) =>
      logProblem('could not read settings', error),
    );
    return watchSettings(setSettings);
  }, []);
  return settings;
}
