// "Delete everything" means nothing remains: no record in any store, no key
// in local or session storage, no alarm. (Permissions are checked in a real
// browser: the fake one has none.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteEverything, noteExport, readAll } from '../../../utils/store/data';
import { getDb } from '../../../utils/store/db';
import { recapDismissedItem, trackerStateItem } from '../../../utils/store/items';
import { saveReflection } from '../../../utils/store/reflections';
import { updateSettings } from '../../../utils/store/settings';
import { importWithUndo, undoableImport } from '../../../utils/store/undo-import';
import { setDayUsage } from '../../../utils/store/usage';
import { addWin } from '../../../utils/store/wins';

afterEach(() => vi.restoreAllMocks());

describe('delete everything', () => {
  it('leaves no record, no stored key, no alarm, no optional permission and nothing kept to undo an import', async () => {
    await updateSettings((s) => ({
      ...s,
      sites: [{ host: 'social.example', label: 'social.example', dailyMinutes: 5 }],
    }));
    await addWin({ text: 'a win' });
    await setDayUsage('2026-11-22', 'social.example', { ms: 1000, grantedMs: 0 });
    await saveReflection({
      id: 'intention:2026-11-22',
      kind: 'intention',
      day: '2026-11-22',
      text: 'x',
      at: 1,
    });
    await noteExport(Date.now());
    await recapDismissedItem.setValue('2026-11-22');
    await trackerStateItem.setValue({
      focusedWindowId: 1,
      viewing: { tabId: 2, windowId: 1, url: 'https://social.example/feed' },
      idle: 'active',
      open: null,
      alarmAt: null,
    });

    const backup = await readAll();
    const brought = { ...backup.wins[0], id: 'brought-by-an-import' } as (typeof backup.wins)[0];
    await importWithUndo({ ...backup, wins: [brought] });
    expect(await undoableImport()).toBeDefined();

    await fakeBrowser.alarms.create('tracker', { when: Date.now() + 60_000 });
    // What the browser holds: the fake one keeps no permissions of its own.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      optional_permissions: ['downloads', 'downloads.ui', 'notifications'],
      optional_host_permissions: ['*://*/*'],
      host_permissions: ['*://*.test/*'],
    } as unknown as ReturnType<typeof fakeBrowser.runtime.getManifest>);
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({
      permissions: ['storage', 'alarms', 'downloads', 'downloads.ui', 'notifications'],
      origins: ['*://*.social.example/*', '*://*.test/*'],
    });
    const given = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);

    await deleteEverything();

    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(given.mock.calls.map(([p]) => [...(p.permissions ?? []), ...(p.origins ?? [])])).toEqual(
      [['downloads'], ['downloads.ui'], ['notifications'], ['*://*.social.example/*']],
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    const db = await getDb();
    for (const store of ['wins', 'usage', 'reflections', 'snapshots'] as const) {
      expect(await db.count(store)).toBe(0);
    }
    const left = await readAll();
    expect(left.settings.sites).toEqual([]);
  });
});
