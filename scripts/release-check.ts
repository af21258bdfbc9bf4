// `npm run release:check`: what Firefox's review does with the sources
// package. Unpacks it in a new folder, lends it this checkout's node_modules
// (or, with --install, runs `npm ci --offline` from npm's cache), runs
// `npm run build-for-amo` there and compares every file with the Firefox
// package. Exits non-zero, naming the files, when they differ.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { BUILDS, differingFiles, folderEntries, packageNames, version } from './lib/release';
import { makeZip, readZip } from './lib/zip';

const at = process.argv.indexOf('--out');
const outDir = resolve(at > 0 ? (process.argv[at + 1] ?? '.output/release') : '.output/release');
const install = process.argv.includes('--install');
const names = packageNames(version());
const started = Date.now();

const folder = mkdtempSync(join(tmpdir(), 'small-wins-amo-'));
try {
  for (const { name, data } of readZip(readFileSync(join(outDir, names.sources)))) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), data);
  }
  const { NODE_ENV: _development, ...env } = process.env;
  const run = (args: string[]) => {
    const result = spawnSync('npm', args, { cwd: folder, stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`npm ${args.join(' ')} stopped (${result.status})`);
  };
  if (install) run(['ci', '--offline', '--no-audit', '--no-fund']);
  else symlinkSync(resolve('node_modules'), join(folder, 'node_modules'), 'dir');
  run(['run', 'build-for-amo']);

  const rebuilt = folderEntries(join(folder, BUILDS.firefox));
  const shipped = readFileSync(join(outDir, names.firefox));
  const differ = differingFiles(rebuilt, readZip(shipped));
  const sameZip = makeZip(rebuilt).equals(shipped);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (differ.length > 0 || !sameZip) {
    console.error(`The sources rebuild to a different package:\n${differ.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`The sources rebuild to ${names.firefox}, byte for byte (${seconds} s).`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
