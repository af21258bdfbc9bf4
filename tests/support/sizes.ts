// What each page loads before it can paint: its entry script plus the chunks
// it preloads, gzipped. Deterministic, so a test can hold the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const UP_FRONT_BUDGET = 20 * 1024;

export function upFrontScripts(buildDir: string, page: string): string[] {
  const html = readFileSync(join(buildDir, `${page}.html`), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...srcs, ...preloads];
}

export function upFrontGzipBytes(buildDir: string, page: string): number {
  return upFrontScripts(buildDir, page).reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(buildDir, src)), { level: 9 }).length,
    0,
  );
}
