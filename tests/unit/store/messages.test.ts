// Only this extension's own pages may ask the worker for anything, and the
// worker's answer is checked before a page believes it.
import { describe, expect, it } from 'vitest';
import { isOwnPage, isRuntimeMessage, isRuntimeReply } from '../../../utils/messages';

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
    expect(isRuntimeMessage({ type: 'snooze', host: 'a'.repeat(254) })).toBe(false);
    expect(isRuntimeMessage({ type: 'delete', host: 'a.test' })).toBe(false);
    expect(isRuntimeReply({ ok: true })).toBe(true);
    expect(isRuntimeReply({ ok: false })).toBe(false);
    expect(isRuntimeReply(undefined)).toBe(false);
  });
});
