// Saves the wins someone entered before the app was up (see early-input.ts),
// in the order and at the moments they pressed Enter. Each arrives warm and
// the form says the last one, as it says any save. The first text refused
// (empty, blank, too long) goes back into the empty field and is submitted,
// so the form says why; the wins after it are saved all the same.
import { addWin } from '@/utils/store/wins';
import type { EarlyWin } from './early-input';
import { markFresh } from './fresh-wins';
import { saySaved } from './said-saves';

export async function saveHeldWins(held: readonly EarlyWin[], fieldId: string): Promise<void> {
  let refused: string | undefined;
  let last: string | undefined;
  for (const win of held) {
    const saved = await addWin({ text: win.text }, win.at).catch(() => undefined);
    if (saved?.ok) {
      markFresh(saved.win.id);
      last = saved.win.text;
    } else refused ??= win.text;
  }
  if (last !== undefined) saySaved(fieldId, last);
  if (refused === undefined) return;
  // Words typed since stay as they are, unsent.
  const field = document.getElementById(fieldId);
  if (!(field instanceof HTMLInputElement) || field.value !== '') return;
  field.value = refused;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  // Preact renders the new value on a microtask; submit after it.
  setTimeout(() => field.form?.requestSubmit());
}
