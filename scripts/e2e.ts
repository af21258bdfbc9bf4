// `npm run e2e` (after the test builds): runs every browser test project this
// machine can run. A project whose browser or tools are missing is skipped
// with one line saying what to install; in CI (CI set) that is an error, so
// no browser project can quietly drop out there. Extra arguments go on to
// `playwright test`, and its exit code is this script's.
import { spawnSync } from 'node:child_process';
import config from '../playwright.config';
import { BROWSER_PROJECTS, describeMissing, missingFor } from './lib/browsers';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';
const configured = new Set((config.projects ?? []).map((p) => p.name));

// --project=x (or --project x) on the command line narrows the choice.
const asked = args.flatMap((arg, i) =>
  arg.startsWith('--project=')
    ? [arg.slice('--project='.length)]
    : arg === '--project' && args[i + 1]
      ? [args[i + 1]]
      : [],
);
const rest = args.filter(
  (arg, i) => !arg.startsWith('--project=') && arg !== '--project' && args[i - 1] !== '--project',
);

const run: string[] = [];
let failed = false;
for (const project of BROWSER_PROJECTS) {
  // A project not (yet) in playwright.config.ts has nothing to run.
  if (!configured.has(project.project)) continue;
  if (asked.length > 0 && !asked.includes(project.project)) continue;
  const missing = missingFor(project);
  if (missing.length === 0) {
    run.push(project.project);
  } else if (inCI) {
    console.error(`Cannot run ${project.project}: ${describeMissing(missing)}`);
    failed = true;
  } else {
    console.log(`Skipped ${project.project}: ${describeMissing(missing)}`);
  }
}
if (failed) process.exit(1);
if (run.length === 0) {
  console.log('No browser test project can run here.');
  process.exit(asked.length > 0 || inCI ? 1 : 0);
}

console.log(`Browser test projects: ${run.join(', ')}`);
const playwright = spawnSync(
  'npx',
  ['playwright', 'test', ...run.map((name) => `--project=${name}`), ...rest],
  { stdio: 'inherit' },
);
process.exit(playwright.status ?? 1);
