// The current settings for a page, kept in step with every other page.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, normalizeSettings, SETTINGS_KEY, type Settings } from '../utils/settings';

export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    void loadSettings().then(setSettings);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area === 'local' && change) setSettings(normalizeSettings(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return settings;
}
