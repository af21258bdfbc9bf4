// The layout keeps each kind of file in one place; these checks keep it so.
// The pure core touches no browser API and no database; only the store
// touches extension storage or IndexedDB; components/ holds components and
// their styles only; every entrypoint but the benchmark's baselines ships.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_ONLY_ENTRYPOINTS, SHIPPED_ENTRYPOINTS } from '../../../scripts/lib/entrypoints';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const source = (dir: string) => filesUnder(dir).filter((f) => /\.tsx?$/.test(f));
const appSource = ['components', 'hooks', 'utils', 'entrypoints'].flatMap(source);
const read = (file: string) => readFileSync(file, 'utf8');

describe('conventions', () => {
  it('keeps the core pure: no browser API, no storage, no database', () => {
    const offenders = source('utils/core').filter((file) =>
      /from '(wxt\/browser|wxt\/utils\/storage|idb|@\/utils\/store\/[^']*|\.\.\/store\/[^']*)'|\bbrowser\.|indexedDB|localStorage/.test(
        read(file),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('touches extension storage and IndexedDB only in the store', () => {
    const offenders = appSource
      .filter((file) => !file.startsWith('utils/store/'))
      .filter((file) =>
        /browser\.storage\.|storage\.defineItem|from 'idb'|indexedDB\./.test(read(file)),
      );
    expect(offenders).toEqual([]);
  });

  it('holds only components and their styles in components/', () => {
    const others = filesUnder('components').filter(
      (f) => !/\/([A-Z][A-Za-z]*\.tsx|[A-Za-z-]+\.css)$/.test(f),
    );
    expect(others).toEqual([]);
  });

  it('names hooks use-*.ts and keeps them in hooks/', () => {
    expect(filesUnder('hooks').filter((f) => !/^hooks\/use-[a-z-]+\.ts$/.test(f))).toEqual([]);
    const stray = appSource.filter(
      (f) => !f.startsWith('hooks/') && /export function use[A-Z]/.test(read(f)),
    );
    expect(stray).toEqual([]);
  });

  it('starts every source file with a comment that says why it exists', () => {
    const silent = [...appSource, ...source('scripts'), ...source('tests')].filter(
      (file) => !/^(\/\/|\/\*)/.test(read(file)) && !/\/main\.tsx?$/.test(file),
    );
    expect(silent).toEqual([]);
  });

  it('ships every entrypoint except the benchmark baselines', () => {
    const entrypoints = readdirSync('entrypoints').filter(
      (name) => !BENCH_ONLY_ENTRYPOINTS.includes(name),
    );
    expect([...SHIPPED_ENTRYPOINTS].sort()).toEqual(entrypoints.sort());
  });

  it('lets tests import tooling, never tooling import tests', () => {
    const offenders = source('scripts').filter((file) => /from '(\.\.\/)+tests\//.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('starts builds from the scripts only through scripts/lib/build.ts (no development build)', () => {
    const direct = source('scripts').filter(
      (file) =>
        file !== join('scripts', 'lib', 'build.ts') &&
        /spawn(Sync)?\(\s*'(npm|npx)',\s*\[[^\]]*'(build|wxt)/.test(read(file)),
    );
    expect(direct).toEqual([]);
  });

  it('keeps every source file under 250 lines', () => {
    const long = [...appSource, ...source('scripts')].filter(
      (file) => read(file).split('\n').length > 250,
    );
    expect(long).toEqual([]);
  });
});
