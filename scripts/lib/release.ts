// The three files a release hands to the stores, made from the built
// extension and the committed sources: the Chrome package, the Firefox
// package and the sources Firefox's review rebuilds with `npm run
// build-for-amo`. Every zip comes from makeZip, so the same commit gives the
// same bytes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeZip, type ZipEntry } from './zip';

/** Where each browser's build lands (wxt build, and wxt build -b firefox --mv3). */
export const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;

/** What the sources leave out: tests, pictures and notes, which the build never reads. */
export const NOT_IN_SOURCES = ['tests/', 'docs/', 'bench/', 'store/', '.ci/'];

export const version = (root = '.'): string =>
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

export const packageNames = (v: string) => ({
  chrome: `small-wins-${v}-chrome.zip`,
  firefox: `small-wins-${v}-firefox.zip`,
  sources: `small-wins-${v}-sources.zip`,
});

/** Every file under a folder, named by its path inside it with forward slashes. */
export function folderEntries(dir: string): ZipEntry[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(at, d.name)) : d.isFile() ? [join(at, d.name)] : [],
    );
  return walk(dir).map((file) => ({
    name: relative(dir, file).split('\\').join('/'),
    data: readFileSync(file),
  }));
}

/** The files git tracks, less what the build never reads, as they are in the working tree. */
export function sourceEntries(root = '.'): ZipEntry[] {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((name) => name && !NOT_IN_SOURCES.some((skip) => name.startsWith(skip)));
  return tracked.map((name) => ({ name, data: readFileSync(join(root, name)) }));
}

/** Changes not committed among the sources: a release made with any is not one commit's. */
export function uncommitted(root = '.'): string[] {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
}

/** Writes the three packages from the builds already made; returns their paths. */
export function writePackages(outDir: string, root = '.'): string[] {
  mkdirSync(outDir, { recursive: true });
  const names = packageNames(version(root));
  const made = [
    [names.chrome, folderEntries(join(root, BUILDS.chrome))],
    [names.firefox, folderEntries(join(root, BUILDS.firefox))],
    [names.sources, sourceEntries(root)],
  ] as const;
  return made.map(([name, entries]) => {
    const path = join(outDir, name);
    writeFileSync(path, makeZip(entries));
    return path;
  });
}

/** The names whose bytes differ between two sets of files, or that only one holds, in name order. */
export function differingFiles(a: readonly ZipEntry[], b: readonly ZipEntry[]): string[] {
  const left = new Map(a.map((e) => [e.name, e.data]));
  const right = new Map(b.map((e) => [e.name, e.data]));
  return [...new Set([...left.keys(), ...right.keys()])].sort().filter((name) => {
    const x = left.get(name);
    const y = right.get(name);
    return !x || !y || !Buffer.from(x).equals(Buffer.from(y));
  });
}
