// Delete at once, offer "Undo" for a few seconds: nothing asks "are you
// sure?", and nothing is lost by a slip. Each deleted win keeps its own Undo
// for its own few seconds, so deleting two in a row never loses the first.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Win } from '@/utils/core/win-rules';
import { deleteWin, restoreWin } from '@/utils/store/wins';

export const UNDO_MS = 8000;

export function useUndoDelete() {
  const [deleted, setDeleted] = useState<readonly Win[]>([]);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  function forget(id: string) {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setDeleted((list) => list.filter((w) => w.id !== id));
  }

  async function remove(win: Win) {
    await deleteWin(win.id);
    clearTimeout(timers.current.get(win.id));
    setDeleted((list) => [...list.filter((w) => w.id !== win.id), win]);
    timers.current.set(
      win.id,
      setTimeout(() => forget(win.id), UNDO_MS),
    );
  }

  async function undo(win: Win) {
    if (!timers.current.has(win.id)) return;
    forget(win.id);
    await restoreWin(win);
  }

  return { deleted, remove, undo };
}
