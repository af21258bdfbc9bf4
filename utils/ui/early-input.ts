// Keys typed before the app is up must not be lost. The first-paint script
// focuses the field in the page's own HTML and holds any Enter pressed before
// the app mounts; the app takes what was typed and held just before it adopts
// the field, then puts it back and saves the held wins in order.
const HOLD = 'smallWinsEarlyWins';

export interface EarlyWin {
  text: string;
  at: number;
}

type Holder = Window & { [HOLD]?: () => EarlyWin[] };

/**
 * First-paint side: Enter before the app mounts queues the text, in order,
 * an empty or blank one too, so the app can say why it saved nothing.
 */
export function holdEarlySubmits(form: HTMLFormElement, field: HTMLInputElement): void {
  const held: EarlyWin[] = [];
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const last = held.at(-1)?.at ?? 0;
    held.push({ text: field.value, at: Math.max(Date.now(), last + 1) });
    field.value = '';
  };
  form.addEventListener('submit', onSubmit);
  (window as Holder)[HOLD] = () => {
    form.removeEventListener('submit', onSubmit);
    return held;
  };
}

export interface EarlyInput {
  held: EarlyWin[];
  /** Call right after the app rendered: the typed text and focus come back. */
  restore: () => void;
}

/** App side, just before rendering over the painted field `fieldId`. */
export function takeEarlyInput(fieldId: string): EarlyInput {
  const holder = window as Holder;
  const held = holder[HOLD]?.() ?? [];
  delete holder[HOLD];
  const field = document.getElementById(fieldId);
  const typed = field instanceof HTMLInputElement ? field.value : '';
  const focused = field !== null && document.activeElement === field;
  return {
    held,
    restore() {
      const now = document.getElementById(fieldId);
      if (!(now instanceof HTMLInputElement)) return;
      if (typed !== '' && now.value !== typed) {
        now.value = typed;
        now.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (focused && document.activeElement !== now) now.focus();
    },
  };
}
