// Every page speaks with one voice: five type sizes and one spacing scale,
// named in assets/theme.css. A font size anywhere else (a stylesheet, an
// inline <style>, a style attribute, a style object in a component) must be
// one of the five variables, and a margin, padding or gap is never a raw rem
// or em: it is a step of the spacing scale (0, auto and hairline pixels stay).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['assets', 'components', 'entrypoints'];
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const sources = ROOTS.flatMap(files).filter((f) => /\.(css|html|tsx?)$/.test(f));

const SIZE = /^var\(--text-(small|body|large|title|display)\)$/;
const RAW_LENGTH = /(^|[\s(,])-?\d*\.?\d+r?em\b/;

/** The CSS a file holds: all of a stylesheet; <style> blocks and style attributes of a page or a script. */
function cssOf(file: string, text: string): string {
  if (file.endsWith('.css')) return text;
  const blocks = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const attributes = [...text.matchAll(/style="([^"]*)"/g)].map((m) => m[1] ?? '');
  return [...blocks, ...attributes].join(';\n');
}

/** Declarations (property, value) of some CSS, comments left out. */
function declarations(css: string): [string, string][] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...code.matchAll(/([a-z-]+)\s*:\s*([^;{}]+)/g)].map((m) => [
    (m[1] ?? '').trim(),
    (m[2] ?? '').trim().replace(/\s*!important$/, ''),
  ]);
}

/** Style objects in components: `fontSize: …`, `margin…: …`, `padding…: …`, `gap: …`. */
function styleObjectEntries(text: string): [string, string][] {
  return [
    ...text.matchAll(
      /\b(fontSize|font|margin\w*|padding\w*|gap|rowGap|columnGap)\s*:\s*([^,}\n]+)/g,
    ),
  ].map((m) => [(m[1] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), (m[2] ?? '').trim()]);
}

/** What is off the scale in one declaration, or undefined. */
function offScale(property: string, value: string): string | undefined {
  if (property.startsWith('--')) return undefined;
  if (property === 'font-size' && !SIZE.test(value.replace(/^['"`]|['"`]$/g, ''))) {
    return `font-size: ${value}`;
  }
  if (property === 'font' && value !== 'inherit') return `font: ${value}`;
  if (/^(margin|padding)(-|$)|^(row-|column-)?gap$/.test(property) && RAW_LENGTH.test(value)) {
    return `${property}: ${value}`;
  }
  return undefined;
}

function problemsIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = declarations(cssOf(file, text));
  if (file.endsWith('.tsx')) found.push(...styleObjectEntries(text));
  return found.map(([p, v]) => offScale(p, v)).filter((p): p is string => p !== undefined);
}

describe('the rule', () => {
  it.each([
    ['font-size', '0.9rem'],
    ['font-size', '14px'],
    ['font-size', '1.1em'],
    ['font-size', 'larger'],
    ['font', '600 1rem system-ui'],
    ['margin', '0 0 0.75rem'],
    ['padding-inline-start', '1.25rem'],
    ['gap', '.5rem'],
    ['margin-top', '0.3em'],
  ])('refuses %s: %s', (property, value) => {
    expect(offScale(property, value)).toBeDefined();
  });

  it.each([
    ['font-size', 'var(--text-small)'],
    ['font-size', 'var(--text-display)'],
    ['font', 'inherit'],
    ['margin', '0 auto'],
    ['padding', '4px 0'],
    ['gap', 'var(--space-2) var(--space-4)'],
    ['margin-inline-start', 'var(--label)'],
    ['--text-small', '0.85rem'],
    ['min-height', '1.2em'],
  ])('accepts %s: %s', (property, value) => {
    expect(offScale(property, value)).toBeUndefined();
  });

  it('reads inline <style> blocks and style attributes of a page', () => {
    const page = '<style>p { font-size: 13px }</style><p style="margin: 1rem">';
    const found = declarations(cssOf('index.html', page)).map(([p, v]) => offScale(p, v));
    expect(found).toEqual(['font-size: 13px', 'margin: 1rem']);
  });
});

it('finds the stylesheets and pages it checks', () => {
  expect(sources.filter((f) => f.endsWith('.css')).length).toBeGreaterThan(5);
  expect(sources.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(5);
});

it.each(sources)('%s sizes type and space from the theme’s scales', (file) => {
  expect(problemsIn(file)).toEqual([]);
});
