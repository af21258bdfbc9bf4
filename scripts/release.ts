// `npm run release:packages`: builds Chrome's and Firefox's packages and the
// sources package into .output/release (or the folder after --out). Two runs
// on the same commit write the same bytes; `npm run release` also proves the
// sources rebuild to the Firefox package (scripts/release-check.ts).
import { build } from './lib/build';
import { uncommitted, writePackages } from './lib/release';

const at = process.argv.indexOf('--out');
const outDir = at > 0 ? (process.argv[at + 1] ?? '.output/release') : '.output/release';
const quiet = process.argv.includes('--quiet');

build('build', !quiet);
build('build:firefox', !quiet);
for (const path of writePackages(outDir)) console.log(path);
const changes = uncommitted();
if (changes.length > 0) {
  console.warn(`Note: the sources hold changes not yet committed:\n${changes.join('\n')}`);
}
