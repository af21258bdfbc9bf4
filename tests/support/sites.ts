// Fake websites for the tests: every *.test host resolves to this one local
// server, which answers with a small page naming the host it was asked for.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Sites {
  port: number;
  close: () => Promise<void>;
}

export async function serveSites(): Promise<Sites> {
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? 'unknown').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><title>${host}${path}</title></head>` +
        `<body><h1>${host}</h1><p>Path ${path}</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
