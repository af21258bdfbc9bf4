// Typed notes that pages and the worker send each other. Changes to stored
// data travel on a BroadcastChannel (same origin only, so every sender is one
// of our own pages); runtime messages to the worker check their sender.

export type Broadcast =
  | { type: 'wins-changed'; day: string }
  | { type: 'usage-changed'; day: string };

const CHANNEL = 'small-wins';

export function isBroadcast(value: unknown): value is Broadcast {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.type === 'wins-changed' || v.type === 'usage-changed') && typeof v.day === 'string';
}

export function announce(message: Broadcast): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/** Calls `onMessage` for every well-formed broadcast; returns the unsubscribe. */
export function listen(onMessage: (message: Broadcast) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isBroadcast(event.data)) onMessage(event.data);
  };
  return () => channel.close();
}

/** Requests from our pages to the worker, which owns the time accounting. */
export type RuntimeMessage = { type: 'snooze'; host: string };
export type RuntimeReply = { ok: true } | { ok: false; reason: string };

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.type === 'snooze' && typeof v.host === 'string' && v.host.length <= 253;
}

/** Only this extension's own pages may talk to the worker. */
export function isOwnPage(
  sender: { id?: string; url?: string },
  ownId: string,
  ownOrigin: string,
): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}
