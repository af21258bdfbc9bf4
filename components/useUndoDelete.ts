// Delete at once, offer "Undo" for a few seconds: nothing asks "are you
// sure?", and nothing is lost by a slip.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Win } from '../utils/win-rules';
import { deleteWin, restoreWin } from '../utils/wins';

export const UNDO_MS = 8000;

export function useUndoDelete() {
  const [deleted, setDeleted] = useState<Win | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  async function remove(win: Win) {
    await deleteWin(win.id);
    setDeleted(win);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setDeleted(undefined), UNDO_MS);
  }

  async function undo() {
    if (!deleted) return;
    clearTimeout(timer.current);
    await restoreWin(deleted);
    setDeleted(undefined);
  }

  return { deleted, remove, undo };
}
