// Every setting is either carried by sync or kept on its computer on purpose:
// a setting added later must be placed in one of the two lists.
import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/core/settings';
import { LOCAL_SETTINGS, SYNCED_SETTINGS } from '@/utils/core/sync/held';

it('every setting either travels with sync or stays on its computer, never both', () => {
  const placed = [...SYNCED_SETTINGS, ...LOCAL_SETTINGS];
  expect(new Set(placed).size).toBe(placed.length);
  expect([...placed].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
});
