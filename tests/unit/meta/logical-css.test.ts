// Every page mirrors in a right-to-left language because its layout is
// written in logical terms (inline-start, inline-end, start) and never in
// left and right: one physical property would leave a page half unmirrored.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOTS = ['assets', 'components', 'entrypoints', 'utils'];
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const styled = ROOTS.flatMap(files).filter((f) => /\.(css|html|tsx?)$/.test(f));

const PHYSICAL = [
  /\b(margin|padding|border|inset)-(left|right)\b/,
  /\b(margin|padding|border)(Left|Right)\b/,
  /(^|[\s{;"'])(left|right)\s*:/m,
  /text-align:\s*(left|right)\b/,
  /textAlign:\s*['"](left|right)/,
  /float:\s*(left|right)\b/,
  /\b(border-(top|bottom)-(left|right)-radius)\b/,
];

it('finds the stylesheets and pages it checks', () => {
  expect(styled.filter((f) => f.endsWith('.css')).length).toBeGreaterThan(5);
});

it.each(styled)('%s lays out in logical terms, never left or right', (file) => {
  const text = readFileSync(file, 'utf8')
    .split('\n')
    // Comments and prose may say "left" ("minutes left").
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');
  const code = file.endsWith('.css')
    ? text
    : (text.match(/(style=\{\{[^}]*\}\}|`[^`]*\{[^`]*\}[^`]*`)/g) ?? []).join('\n');
  for (const rule of PHYSICAL) expect(code, `${file}: ${rule}`).not.toMatch(rule);
});
