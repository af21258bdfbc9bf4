// Typed notes that pages and the worker send each other. Changes to stored
// data travel on a BroadcastChannel (same origin only, so every sender is one
// of our own pages) and name the store that changed; requests to the worker
// go through one typed client, and the worker checks who sent them.
import { browser } from 'wxt/browser';

/** The IndexedDB stores a page can be told about. */
export type StoreName = 'wins' | 'usage' | 'reflections';
export type Broadcast = { type: 'changed'; store: StoreName };

const CHANNEL = 'small-wins';
const STORES: readonly StoreName[] = ['wins', 'usage', 'reflections'];

export function isBroadcast(value: unknown): value is Broadcast {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.type === 'changed' && STORES.includes(v.store as StoreName);
}

export function announce(...stores: StoreName[]): void {
  const channel = new BroadcastChannel(CHANNEL);
  for (const store of stores) channel.postMessage({ type: 'changed', store } satisfies Broadcast);
  channel.close();
  // A stopped worker hears no channel: this wakes it to carry the change to
  // the person's other computers when sync is on (the worker itself has no listener to reach).
  browser.runtime.sendMessage(STORED).catch(() => undefined);
}

/** Sent by a page after it changed stored data (see announce). */
export const STORED = { type: 'stored' } as const;
export const isStored = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'stored';

/** Calls `onChange` when one of `stores` changes elsewhere; returns the unsubscribe. */
export function listen(stores: readonly StoreName[], onChange: (store: StoreName) => void) {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isBroadcast(event.data) && stores.includes(event.data.store)) onChange(event.data.store);
  };
  return () => channel.close();
}

/** Requests from our pages to the worker, which owns the time accounting. */
export type RuntimeMessage =
  | { type: 'snooze'; host: string }
  /** The intention page was passed (Continue or Skip): the site opens without asking again. */
  | { type: 'intentionPassed'; host: string };
export type RuntimeReply = { ok: true } | { ok: false; reason: string };

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.type === 'snooze' || v.type === 'intentionPassed') &&
    typeof v.host === 'string' &&
    // A host (253 at most) and maybe a path under it (200 at most).
    v.host.length <= 453
  );
}

export function isRuntimeReply(value: unknown): value is RuntimeReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.ok === true || (v.ok === false && typeof v.reason === 'string');
}

/** The port the popup keeps open while it is shown, so the worker hears it close. */
export const POPUP_PORT = 'popup';

/**
 * The worker may be stopping as a message reaches it (Firefox suspends an idle
 * event page, Chrome an idle service worker): the message is then lost with
 * one of these errors. Sending again starts the worker afresh.
 */
const LOST_MESSAGE = /Receiving end does not exist|message (port|channel) closed/i;
export const isLostMessage = (error: unknown) =>
  error instanceof Error && LOST_MESSAGE.test(error.message);

/** How long to wait before each new try of a lost message. */
export const RESEND_MS = [0, 200, 1_000] as const;

/**
 * Asks the worker; a missing or malformed answer becomes a refusal with a
 * reason. A message lost to a stopping worker is sent again (a few times,
 * then the error is thrown), so every request must be safe to repeat: a
 * second "more minutes" or "page passed" changes nothing more.
 */
export async function askWorker(message: RuntimeMessage): Promise<RuntimeReply> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply: unknown = await browser.runtime.sendMessage(message);
      return isRuntimeReply(reply) ? reply : { ok: false, reason: 'no answer from the worker' };
    } catch (error) {
      const wait = RESEND_MS[attempt];
      if (wait === undefined || !isLostMessage(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Only this extension's own pages may talk to the worker. */
export function isOwnPage(
  sender: { id?: string; url?: string },
  ownId: string,
  ownOrigin: string,
): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}
