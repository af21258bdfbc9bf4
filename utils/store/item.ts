// A storage item: one key in storage.local or storage.session, declared once
// with its fallback, read, written, removed and watched through one object.
// The same shape as WXT's storage items, in a few lines: WXT's module costs
// 3.7 kB gzipped, a fifth of every page's up-front script budget, for
// features (metadata, versioned migrations, snapshots) this extension does
// not use — settings carry and migrate their own version (core/settings.ts).
import { browser } from 'wxt/browser';

type Area = 'local' | 'session';

export interface StorageItem<T> {
  key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `onChange` when any page or the worker changes the value; returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
}

function defineItem<T>(key: `${Area}:${string}`, options: { fallback: T }): StorageItem<T> {
  const [area, name] = key.split(':') as [Area, string];
  const storageArea = () => browser.storage[area];
  return {
    key,
    async getValue() {
      const stored = await storageArea().get(name);
      return (stored[name] ?? options.fallback) as T;
    },
    async setValue(value) {
      await storageArea().set({ [name]: value });
    },
    async removeValue() {
      await storageArea().remove(name);
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        const change = changes[name];
        if (changedArea === area && change) onChange((change.newValue ?? options.fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

async function clear(area: Area): Promise<void> {
  await browser.storage[area].clear();
}

export const storage = { defineItem, clear };
