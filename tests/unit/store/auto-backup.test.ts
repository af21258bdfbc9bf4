// Automatic backups against a stand-in downloads API: the first is saved when
// turned on, the next only when something changed and a day went by; a file
// that could not be written or a permission taken away is remembered kindly
// and nothing else changes; the newest seven days stay.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backUpIfDue, turnOffAutoBackup, turnOnAutoBackup } from '../../../utils/store/auto-backup';
import { autoBackupState } from '../../../utils/store/auto-backup-state';
import { addWin } from '../../../utils/store/wins';

const NOW = new Date(2026, 10, 23, 12).getTime();
const DAY = 86_400_000;

interface Item {
  id: number;
  filename: string;
  state: string;
  exists: boolean;
  text?: string;
}

let items: Item[];
let granted: boolean;
let outcome: 'complete' | 'interrupted' | 'in_progress';
const removed: number[] = [];
/** What the downloads bubble was set to, in order. */
let ui: boolean[];
let listeners: ((delta: { id: number; state?: { current: string } }) => void)[];
let refuse: boolean;

beforeEach(() => {
  items = [];
  ui = [];
  listeners = [];
  refuse = false;
  granted = true;
  outcome = 'complete';
  removed.length = 0;
  const api = fakeBrowser as unknown as Record<string, unknown>;
  api.permissions = {
    contains: async () => granted,
    remove: async () => {
      granted = false;
      return true;
    },
  };
  api.downloads = {
    download: vi.fn(async (options: { url: string; filename: string }) => {
      if (refuse) throw new Error('Invalid filename');
      const text = await (await fetch(options.url)).text();
      const id = items.length + 100;
      items.push({
        id,
        filename: `/home/a/Downloads/${options.filename}`,
        state: outcome,
        exists: true,
        text,
      });
      return id;
    }),
    search: async (query: { id?: number }) =>
      items.filter((i) => query.id === undefined || i.id === query.id),
    removeFile: async (id: number) => {
      removed.push(id);
      const item = items.find((i) => i.id === id);
      if (item) item.exists = false;
    },
    erase: async ({ id }: { id: number }) => {
      items = items.filter((i) => i.id !== id);
      return [id];
    },
    onChanged: {
      addListener: (listener: (typeof listeners)[number]) => listeners.push(listener),
      removeListener: (listener: (typeof listeners)[number]) => {
        listeners = listeners.filter((l) => l !== listener);
      },
    },
    setUiOptions: async ({ enabled }: { enabled: boolean }) => {
      ui.push(enabled);
    },
  };
});

const saved = () => items.filter((i) => i.state === 'complete');

describe('automatic backups', () => {
  it('save a full backup as soon as they are turned on, and say where', async () => {
    await addWin({ text: 'Kept safe' }, NOW - 1000);
    const state = await turnOnAutoBackup(NOW);
    expect(state).toMatchObject({ on: true, lastAt: NOW, problem: null });
    expect(state.lastFile).toBe('/home/a/Downloads/Small Wins backups/small-wins-2026-11-23.json');
    const backup = JSON.parse(saved()[0]?.text ?? '{}');
    expect(backup.format).toBe('small-wins-backup');
    expect(backup.wins.map((w: { text: string }) => w.text)).toEqual(['Kept safe']);
  });

  it('save again only once a day has passed and something changed', async () => {
    await turnOnAutoBackup(NOW);
    await addWin({ text: 'New today' }, NOW + 1000);
    expect(await backUpIfDue(NOW + 2000)).toBeUndefined();
    expect(saved()).toHaveLength(1);

    await backUpIfDue(NOW + DAY + 1000);
    expect(saved()).toHaveLength(2);
    expect(saved()[1]?.text).toContain('New today');

    // Nothing changed: no file, and no second look for another day.
    await backUpIfDue(NOW + 3 * DAY);
    expect(saved()).toHaveLength(2);
    expect((await autoBackupState()).checkedAt).toBe(NOW + 3 * DAY);
  });

  it('remember kindly when a file could not be written, and change nothing else', async () => {
    await turnOnAutoBackup(NOW);
    await addWin({ text: 'More' }, NOW + 1000);
    outcome = 'interrupted';
    const state = await backUpIfDue(NOW + DAY + 1000);
    expect(state).toMatchObject({ on: true, lastAt: NOW, problem: 'write' });

    outcome = 'complete';
    expect(await backUpIfDue(NOW + DAY + 5000)).toMatchObject({
      lastAt: NOW + DAY + 5000,
      problem: null,
    });
  });

  it('say so when the permission to save files was taken away', async () => {
    await turnOnAutoBackup(NOW);
    granted = false;
    await addWin({ text: 'More' }, NOW + 1000);
    expect(await backUpIfDue(NOW + DAY + 1000)).toMatchObject({ on: true, problem: 'permission' });
  });

  it('keep the newest seven days of files', async () => {
    await turnOnAutoBackup(NOW);
    for (let day = 1; day <= 9; day++) {
      await addWin({ text: `Day ${day}` }, NOW + day * DAY);
      await backUpIfDue(NOW + day * DAY + 1000);
    }
    expect(saved()).toHaveLength(7);
    expect(removed).toHaveLength(3);
    expect(saved()[0]?.filename).toContain('small-wins-2026-11-26.json');
  });

  it('give the permission back when turned off', async () => {
    await turnOnAutoBackup(NOW);
    await turnOffAutoBackup();
    expect(granted).toBe(false);
    expect(await backUpIfDue(NOW + 2 * DAY)).toBeUndefined();
  });

  it('wait for the browser to say the file is written', async () => {
    outcome = 'in_progress';
    const turningOn = turnOnAutoBackup(NOW);
    await vi.waitFor(() => expect(listeners).toHaveLength(1));
    const item = items[0] as Item;
    item.state = 'complete';
    for (const listener of listeners) listener({ id: item.id, state: { current: 'complete' } });
    expect(await turningOn).toMatchObject({ lastAt: NOW, problem: null });
    expect(listeners).toEqual([]);
  });

  it('keep the downloads bubble shut only while a backup is written', async () => {
    await turnOnAutoBackup(NOW);
    expect(ui).toEqual([false, true]);

    refuse = true;
    await addWin({ text: 'More' }, NOW + 1000);
    expect(await backUpIfDue(NOW + DAY + 1000)).toMatchObject({ problem: 'write' });
    expect(ui).toEqual([false, true, false, true]);
  });
});
