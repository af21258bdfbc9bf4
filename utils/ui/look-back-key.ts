// The new tab's key to the Look back page: L, by its place on the keyboard
// (so it works in any layout), only without modifiers and only when the focus
// is not somewhere L would be typed (the win field, the recap, any field).
export const LOOK_BACK_KEY = 'L';

/** Where a keystroke is text being typed, not a command. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

export function isLookBackKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing || event.repeat) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.code !== 'KeyL' && event.key.toLowerCase() !== 'l') return false;
  return !typingIn(event.target);
}
