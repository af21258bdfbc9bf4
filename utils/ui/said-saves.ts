// A win saved outside its form is said by that form like any other save:
// words typed and entered before the app was up are saved once it is (see
// held-wins.ts), and the person hears "Saved" with a kind line then, as for
// a win entered a moment later. A save said before the form listens waits
// for it.
type Listener = (text: string) => void;

const listeners = new Map<string, Listener>();
const waiting = new Map<string, string>();

/** Says, through the form of field `fieldId`, that the win `text` was saved. */
export function saySaved(fieldId: string, text: string): void {
  const listener = listeners.get(fieldId);
  if (listener) listener(text);
  else waiting.set(fieldId, text);
}

/** The form of `fieldId` says saves made elsewhere; returns how to stop. */
export function onSaidSave(fieldId: string, listener: Listener): () => void {
  listeners.set(fieldId, listener);
  const text = waiting.get(fieldId);
  waiting.delete(fieldId);
  if (text !== undefined) listener(text);
  return () => {
    if (listeners.get(fieldId) === listener) listeners.delete(fieldId);
  };
}
