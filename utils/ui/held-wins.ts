// Saves the wins someone entered before the app was up (see early-input.ts),
// in the order and at the moments they pressed Enter. A refused text goes
// back into the empty field and is submitted, so the form says why.
import { addWin } from '@/utils/store/wins';
import type { EarlyWin } from './early-input';

export async function saveHeldWins(held: readonly EarlyWin[], fieldId: string): Promise<void> {
  for (const win of held) {
    const saved = await addWin({ text: win.text }, win.at).catch(() => undefined);
    if (saved?.ok) continue;
    const field = document.getElementById(fieldId);
    if (field instanceof HTMLInputElement && field.value === '') {
      field.value = win.text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      // Preact renders the new value on a microtask; submit after it.
      setTimeout(() => field.form?.requestSubmit());
    }
    return;
  }
}
