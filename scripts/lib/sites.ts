// Fake websites for the tests: every *.test host resolves to this one local
// server, which answers with a small page naming the host it was asked for.
// It remembers every page it was asked for, so a test can tell whether a
// site's page was ever requested. Two paths do more: /sound is a page that plays a tone on a loop (the tab
// becomes audible, as with a video), and /tone.wav is that tone, made here.
// One host is a single-page site: every page of video.test is the same app,
// whose links change the address with history.pushState and load nothing,
// as a video site moves between /watch and /shorts.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Sites {
  port: number;
  /** Every page asked for so far, as host and path ("social.test/feed?x=1"), in order. */
  requests: string[];
  close: () => Promise<void>;
}

export interface SitesOptions {
  /** Sees every request first (and every CONNECT), e.g. to spot ones no tab made. */
  onRequest?: (req: IncomingMessage) => void;
}

/** A WAV file: `seconds` of a 440 Hz sine tone, 8 kHz mono 16-bit, loud enough to count as audible. */
export function toneWav(seconds = 1): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 12_000), 44 + i * 2);
  }
  return wav;
}

const TONE = toneWav();

/** The host whose pages are one single-page app (see `singlePageApp`). */
export const SINGLE_PAGE_HOST = 'video.test';

/** A page whose links move with pushState (no request), showing where it is. */
function singlePageApp(host: string, path: string): string {
  const link = (href: string, text: string) => `<li><a href="${href}">${text}</a></li>`;
  return (
    `<!doctype html><html lang="en"><head><title>${host}${path}</title></head>` +
    `<body><h1>${host}</h1><p id="where">Path ${path}</p><nav><ul>` +
    link('/watch?v=2', 'Watch') +
    link('/shorts/1', 'Shorts') +
    link('/shorts/2', 'Next short') +
    link('/', 'Home') +
    '</ul></nav><script>' +
    'const show = () => { document.getElementById("where").textContent = "Path " + location.pathname + location.search; document.title = location.host + location.pathname; };' +
    'document.addEventListener("click", (e) => { const a = e.target.closest("a"); if (!a) return;' +
    ' e.preventDefault(); history.pushState(null, "", a.getAttribute("href")); show(); });' +
    'addEventListener("popstate", show);' +
    '</script></body></html>'
  );
}

export async function serveSites(opts: SitesOptions = {}): Promise<Sites> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    opts.onRequest?.(req);
    const host = (req.headers.host ?? 'unknown').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    // Through a proxy (Firefox's tests) the request line holds the whole address.
    const asked = /^https?:\/\//.test(path) ? new URL(path) : undefined;
    const page = asked ? `${asked.pathname}${asked.search}` : path;
    if (page !== '/favicon.ico') requests.push(`${host}${page}`);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (path === '/tone.wav') {
      res.writeHead(200, { 'content-type': 'audio/wav' }).end(TONE);
      return;
    }
    if (path.startsWith('/sound')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>${host} video</title></head>` +
          `<body><h1>${host}</h1><p>A video that plays on its own.</p>` +
          '<audio src="/tone.wav" autoplay loop></audio></body></html>',
      );
      return;
    }
    if (host === SINGLE_PAGE_HOST) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(singlePageApp(host, page));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><title>${host}${path}</title></head>` +
        `<body><h1>${host}</h1><p>Path ${path}</p></body></html>`,
    );
  });
  server.on('connect', (req, socket) => {
    opts.onRequest?.(req);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
