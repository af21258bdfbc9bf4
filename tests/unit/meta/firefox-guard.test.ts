// The Firefox guard tells Firefox's own remote-settings traffic (pointed at
// the guard, asked through the proxy or straight from it) from a request
// that would leave the device, which it records.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type OutsideGuard, startOutsideGuard } from '../../../scripts/lib/firefox-guard';

let guard: OutsideGuard | undefined;
afterEach(async () => {
  await guard?.close();
  guard = undefined;
});

/** Sends one GET to the guard with this request target, as a browser or its proxy use would. */
const send = (port: number, path: string) =>
  new Promise<void>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', done);
    });
    req.on('error', fail);
    req.end();
  });

describe('the Firefox outside guard', () => {
  it('ignores remote settings asked straight from it or through it, and records any other host', async () => {
    guard = await startOutsideGuard();
    await send(guard.port, '/remote-settings/v1/buckets/monitor/collections/changes/changeset');
    await send(guard.port, `http://127.0.0.1:${guard.port}/remote-settings/v1/buckets/main`);
    await send(guard.port, 'http://example.com/track?me=1');
    expect(guard.requests).toEqual(['http://example.com/track?me=1']);
  });
});
