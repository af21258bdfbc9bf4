// Every permission in the shipped manifests has a plain reason in
// store/permissions.md and a use in the code, in Chrome and in Firefox; the
// check itself is shown to catch an unexplained and an unused permission.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Manifest, permissionProblems } from '../../../scripts/lib/permissions';
import config from '../../../wxt.config';

const table = readFileSync('store/permissions.md', 'utf8');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : /\.tsx?$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
const code = ['entrypoints', 'utils', 'components', 'hooks']
  .flatMap(sourceFiles)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const shipped = (browser: 'chrome' | 'firefox'): Manifest => {
  const manifest = config.manifest;
  if (typeof manifest !== 'function')
    throw new Error('wxt.config.ts builds its manifest per browser');
  return manifest({
    browser,
    manifestVersion: 3,
    mode: 'production',
    command: 'build',
  }) as Manifest;
};

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('asks only for permissions that are explained and used', () => {
    expect(permissionProblems(shipped(browser), table, code)).toEqual([]);
  });
  it('asks for host access only when a site is added, never for every site up front', () => {
    expect(shipped(browser).host_permissions ?? []).toEqual([]);
  });
});

it('a manifest asking for a permission the table does not explain is refused', () => {
  const manifest = { ...shipped('chrome'), permissions: ['storage', 'tabs'] };
  expect(permissionProblems(manifest, table, `${code}\nbrowser.tabs.query({});`)).toEqual([
    'tabs has no reason in store/permissions.md',
    'tabs is not mapped to the part of the browser it opens',
  ]);
});

it('a permission with a reason but no use in the code is refused', () => {
  const withoutAlarms = code.replace(/browser\.alarms\./g, 'browser.somethingElse.');
  expect(permissionProblems(shipped('firefox'), table, withoutAlarms)).toEqual([
    'alarms is never used by the code',
  ]);
});

it('a use mentioned only in a comment does not count', () => {
  const manifest = { permissions: ['idle'] };
  const idleTable = '| `idle` | required | Chrome | Stops counting while you are away. |';
  expect(permissionProblems(manifest, idleTable, '// browser.idle.queryState(60)')).toEqual([
    'idle is never used by the code',
  ]);
  expect(permissionProblems(manifest, idleTable, 'await browser.idle.queryState(60);')).toEqual([]);
});

it('a permission listed without a reason is not explained', () => {
  const manifest = { permissions: ['idle'] };
  expect(
    permissionProblems(manifest, '| `idle` | required | Chrome |  |', 'browser.idle.queryState(1)'),
  ).toEqual(['idle has no reason in store/permissions.md']);
});
