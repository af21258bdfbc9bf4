// One setting alone, for a page that needs nothing else of the settings on
// its first load (the new tab's shared-screen choice, the first weekday of the
// wrap-up and Share): reading it skips the whole settings repair, which would
// weigh on that first load. `read` makes the stored value safe on its own.
import { settingsItem } from './items';

type Read<T> = (stored: Record<string, unknown> | null) => T;

const asRecord = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;

export async function loadSettingField<T>(read: Read<T>): Promise<T> {
  return read(asRecord(await settingsItem.getValue()));
}

/** Calls `onChange` with the field whenever any page changes the settings. */
export function watchSettingField<T>(read: Read<T>, onChange: (value: T) => void): () => void {
  return settingsItem.watch((value) => onChange(read(asRecord(value))));
}
