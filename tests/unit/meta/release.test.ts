// A release is the same bytes every time it is made from the same commit: the
// zips hold their entries in name order with one timestamp and one permission,
// and two whole releases (both builds and the three packages) compare equal.
// The built manifests pass the permission check too.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { type Manifest, permissionProblems } from '../../../scripts/lib/permissions';
import { differingFiles, packageNames, sourceEntries, version } from '../../../scripts/lib/release';
import { makeZip, readZip } from '../../../scripts/lib/zip';

const folder = mkdtempSync(join(tmpdir(), 'small-wins-release-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Makes a release into `out`. Started without waiting in place: a build held
 * the test worker's thread for minutes, and the runner, unanswered, reported
 * a timeout though every test passed.
 */
async function release(out: string): Promise<void> {
  // A shell's environment: no test runner's NODE_ENV or VITEST flags in the build.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  await promisify(execFile)('npx', ['vite-node', 'scripts/release.ts', '--quiet', '--out', out], {
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
}

it('a zip is the same bytes whatever order its files come in, read back in name order', () => {
  const a = { name: 'b/one.txt', data: Buffer.from('one '.repeat(50)) };
  const b = { name: 'a.json', data: Buffer.from('{"x":1}') };
  const zip = makeZip([a, b]);
  expect(zip.equals(makeZip([b, a]))).toBe(true);
  expect(readZip(zip)).toEqual([b, a].map(({ name, data }) => ({ name, data: Buffer.from(data) })));
});

it('every entry carries the same fixed time and the permission rw-r--r--', () => {
  const zip = makeZip([{ name: 'x.txt', data: Buffer.from('x') }]);
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  expect(zip.readUInt16LE(central + 12)).toBe(0); // 00:00:00
  expect(zip.readUInt16LE(central + 14)).toBe(0x21); // 1 January 1980
  expect(zip.readUInt32LE(central + 38) >>> 16).toBe(0o100644);
});

it('the rebuild check names a changed file, a missing one and an extra one', () => {
  const file = (name: string, text: string) => ({ name, data: Buffer.from(text) });
  const shipped = [file('a.js', 'one'), file('b.js', 'two'), file('c.js', 'three')];
  const rebuilt = [file('a.js', 'one'), file('b.js', 'TWO'), file('d.js', 'four')];
  expect(differingFiles(rebuilt, shipped)).toEqual(['b.js', 'c.js', 'd.js']);
  expect(differingFiles(shipped, [...shipped].reverse())).toEqual([]);
});

it('the sources hold what the build reads and none of the tests or pictures', () => {
  const names = sourceEntries().map((e) => e.name);
  expect(names).toEqual(
    expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']),
  );
  expect(names.filter((n) => /^(tests|docs|bench|store)\//.test(n))).toEqual([]);
});

it('two releases of the same commit are byte-identical, and their manifests ask only for justified permissions', async () => {
  await release(join(folder, 'first'));
  await release(join(folder, 'second'));
  const names = Object.values(packageNames(version()));
  for (const name of names) {
    const first = readFileSync(join(folder, 'first', name));
    expect(first.equals(readFileSync(join(folder, 'second', name))), name).toBe(true);
  }
  const table = readFileSync('store/permissions.md', 'utf8');
  const code = sourceEntries()
    .filter((e) => /^(entrypoints|utils|components|hooks)\/.*\.tsx?$/.test(e.name))
    .map((e) => Buffer.from(e.data).toString('utf8'))
    .join('\n');
  for (const name of [packageNames(version()).chrome, packageNames(version()).firefox]) {
    const zip = readZip(readFileSync(join(folder, 'first', name)));
    const manifest = zip.find((e) => e.name === 'manifest.json');
    const parsed = JSON.parse(Buffer.from(manifest?.data ?? []).toString('utf8')) as Manifest & {
      version: string;
    };
    expect(parsed.version).toBe(version());
    expect(permissionProblems(parsed, table, code), name).toEqual([]);
  }
}, 240_000);
