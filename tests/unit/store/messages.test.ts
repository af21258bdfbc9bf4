// Only this extension's own pages may ask the worker for anything, and the
// worker's answer is checked before a page believes it. A request lost to a
// stopping worker is sent again; any other failure reaches the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  askWorker,
  isOwnPage,
  isRuntimeMessage,
  isRuntimeReply,
  RESEND_MS,
} from '../../../utils/messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who may talk to the worker', () => {
  it('accepts a page of this extension', () => {
    expect(isOwnPage({ id: ID, url: `${ORIGIN}pause.html?site=a.test` }, ID, ORIGIN)).toBe(true);
  });

  it.each([
    ['a web page', { url: 'https://social.test/' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['a content script of this extension on a web page', { id: ID, url: 'https://social.test/' }],
    ['a sender without a URL', { id: ID }],
    ['a look-alike origin', { id: ID, url: `chrome-extension://${ID}.evil/x.html` }],
  ])('refuses %s', (_name, sender) => {
    expect(isOwnPage(sender, ID, ORIGIN)).toBe(false);
  });

  it('accepts only well-formed requests and replies', () => {
    expect(isRuntimeMessage({ type: 'snooze', host: 'a.test' })).toBe(true);
    // A host (253 at most) and a path under it (200 at most).
    expect(isRuntimeMessage({ type: 'snooze', host: 'a'.repeat(454) })).toBe(false);
    expect(isRuntimeMessage({ type: 'snooze', host: 'video.test/shorts' })).toBe(true);
    expect(isRuntimeMessage({ type: 'delete', host: 'a.test' })).toBe(false);
    expect(isRuntimeReply({ ok: true })).toBe(true);
    expect(isRuntimeReply({ ok: false })).toBe(false);
    expect(isRuntimeReply(undefined)).toBe(false);
  });
});

describe('asking the worker', () => {
  const LOST = 'Could not establish connection. Receiving end does not exist.';
  const request = { type: 'intentionPassed', host: 'social.test' } as const;
  afterEach(() => vi.useRealTimers());

  /** A worker that loses the first `lost` messages (or fails with `other`), then answers yes. */
  function worker(lost: number, other?: string) {
    const heard: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      heard.push(message);
      if (other) throw new Error(other);
      if (heard.length <= lost) throw new Error(LOST);
      return Promise.resolve({ ok: true });
    });
    return heard;
  }

  it('sends a message lost to a stopping worker again, and returns its answer', async () => {
    vi.useFakeTimers();
    const heard = worker(2);
    const reply = askWorker(request);
    await vi.runAllTimersAsync();
    await expect(reply).resolves.toEqual({ ok: true });
    expect(heard).toEqual([request, request, request]);
  });

  it('gives up after a few tries, and the page hears why', async () => {
    vi.useFakeTimers();
    const heard = worker(Number.POSITIVE_INFINITY);
    const reply = askWorker(request);
    const outcome = expect(reply).rejects.toThrow(LOST);
    await vi.runAllTimersAsync();
    await outcome;
    expect(heard).toHaveLength(RESEND_MS.length + 1);
  });

  it('never sends again after any other failure', async () => {
    const heard = worker(0, 'quota exceeded');
    await expect(askWorker(request)).rejects.toThrow('quota exceeded');
    expect(heard).toHaveLength(1);
  });

  it('turns a missing answer into a refusal with a reason', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await expect(askWorker(request)).resolves.toEqual({
      ok: false,
      reason: 'no answer from the worker',
    });
  });
});
