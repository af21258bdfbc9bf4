// Every extension page gets the shared head from one place: the charset
// first, the house background before any script, its own title and manifest
// options kept, its body in <body>.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withShell } from '../../../scripts/lib/vite-page-shell';

const pages = readdirSync('entrypoints', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `entrypoints/${d.name}/index.html`)
  .filter((file) => {
    try {
      return readFileSync(file, 'utf8').length > 0;
    } catch {
      return false;
    }
  });

describe('the page shell', () => {
  it.each(pages)('%s becomes a whole document', (file) => {
    const source = readFileSync(file, 'utf8');
    const html = withShell(source);
    const at = (s: string) => html.indexOf(s);
    expect(at('<head>')).toBeGreaterThan(at('<html lang="en">'));
    expect(at('<meta charset="utf-8" />')).toBeGreaterThan(at('<head>'));
    expect(at('background: #1b1d1c')).toBeGreaterThan(0);
    const title = source.match(/<title>.*<\/title>/)?.[0] as string;
    expect(at(title)).toBeGreaterThan(at('<meta charset'));
    expect(at(title)).toBeLessThan(at('</head>'));
    expect(at('</head>')).toBeLessThan(at('<body>'));
    expect(at('<body>')).toBeLessThan(at('id="app"'));
    for (const meta of source.match(/<meta name="manifest[^>]*>/g) ?? []) {
      expect(at(meta)).toBeLessThan(at('</head>'));
    }
  });

  it('refuses a page that writes its own head', () => {
    expect(() => withShell('<!doctype html>\n<html>\n<head></head>\n<div></div>\n')).toThrow(
      /title and meta lines/,
    );
  });

  it('has every shipped page to shape', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
  });
});
