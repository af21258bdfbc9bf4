// Firefox's way of reaching off the device, caught: every host outside *.test
// is sent by the PAC file to this local server, which records the request and
// refuses it. Firefox's own service traffic is told apart and ignored.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Hosts Firefox itself contacts whatever the prefs say (update, blocklist and
 * remote-settings services). A request to one of these is Firefox's own
 * traffic, never the extension's: the extension has no code that names them.
 */
const FIREFOX_OWN_HOSTS = [
  /(^|\.)mozilla\.(com|net|org)$/,
  /(^|\.)mozaws\.net$/,
  /(^|\.)firefox\.com$/,
  /^detectportal\.firefox\.com$/,
];

export const REMOTE_SETTINGS_PATH = '/remote-settings/v1';

/**
 * Records every request that would leave the device. Firefox's PAC file sends
 * every host outside *.test here; the guard answers 403 (or drops a CONNECT)
 * so nothing goes further.
 */
export interface OutsideGuard {
  port: number;
  /** Requests that left the device, Firefox's own services excluded. */
  requests: string[];
  close: () => Promise<void>;
}

export async function startOutsideGuard(): Promise<OutsideGuard> {
  const requests: string[] = [];
  let port = 0;
  const note = (target: string) => {
    // Firefox's remote settings are pointed at the guard itself (see prefs):
    // asked through the proxy, or straight from the guard, as its timer does
    // in a browser kept for many tests.
    if (
      target.startsWith(REMOTE_SETTINGS_PATH) ||
      target.startsWith(`http://127.0.0.1:${port}${REMOTE_SETTINGS_PATH}`)
    ) {
      return;
    }
    const host = target.replace(/^(CONNECT |[a-z]+:\/\/)/, '').replace(/[:/].*$/, '');
    if (!FIREFOX_OWN_HOSTS.some((own) => own.test(host))) requests.push(target);
  };
  const server: Server = createServer((req, res) => {
    note(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    note(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
