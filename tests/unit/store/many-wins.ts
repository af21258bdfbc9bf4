// Many plain wins on one day, and a backup holding just them: what the tests
// of large imports (chunks, undo in parts) bring in.
import type { BackupData } from '../../../utils/core/backup';
import { DEFAULT_SETTINGS } from '../../../utils/core/settings';
import type { Win } from '../../../utils/core/win-rules';

export const manyWins = (n: number): Win[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `w-${i}`,
    text: `win ${i}`,
    day: '2025-05-01',
    at: Date.UTC(2025, 4, 1, 9) + i,
    kind: 'win',
    tags: [],
  }));

export const winsBackup = (wins: Win[]): BackupData => ({
  wins,
  usage: [],
  reflections: [],
  settings: DEFAULT_SETTINGS,
});
