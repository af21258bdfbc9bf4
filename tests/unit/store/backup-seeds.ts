// Records the backup tests share: a fixed "now", a win, a reflection and a
// sample backup document the tests change one field at a time.
import { buildBackup, parseBackup } from '../../../utils/core/backup';
import type { Reflection } from '../../../utils/core/reflections';
import { DEFAULT_SETTINGS } from '../../../utils/core/settings';
import type { Win } from '../../../utils/core/win-rules';

export const NOW = new Date(2026, 10, 22, 12).getTime();
export const win = (
  id: string,
  text: string,
  day = '2026-11-22',
  extra: Partial<Win> = {},
): Win => ({
  id,
  text,
  day,
  at: new Date(`${day}T09:00:00`).getTime(),
  kind: 'win',
  tags: [],
  ...extra,
});
export const reflection: Reflection = {
  id: 'intention:2026-11-22',
  kind: 'intention',
  day: '2026-11-22',
  text: 'Finish the draft',
  at: NOW - 3600_000,
};
export const sample = () =>
  buildBackup(
    {
      wins: [
        win('a', 'Drank water'),
        win('b', 'Logged off social.example', '2026-11-21', {
          kind: 'logoff',
          site: 'social.example',
          minutes: 32,
        }),
      ],
      usage: [{ day: '2026-11-21', host: 'social.example', ms: 1_920_000, grantedMs: 0 }],
      reflections: [reflection],
      settings: {
        ...DEFAULT_SETTINGS,
        snoozeMinutes: 2,
        sites: [{ host: 'social.example', label: 'social.example', dailyMinutes: 30 }],
      },
    },
    NOW,
  );

/** The sample backup with one change, parsed: what a test of one refusal reads. */
export const parseChanged = (change: (doc: Record<string, unknown>) => unknown) => {
  const doc = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
  return parseBackup(JSON.stringify(change(doc) ?? doc), NOW);
};
