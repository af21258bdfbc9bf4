// `npm test`: everything the project checks, in three phases that keep the
// two cores of a small machine busy:
// 1. The builds, one after another (wxt writes its generated types to one
//    shared folder, .wxt/), while Biome and the unit tests that need neither
//    a build nor a database (the `pure` project) use the core they leave.
// 2. The store's unit tests and the release check, which builds the shipped
//    extension again (into the .output/ the headed and build tests load):
//    not beside the browsers, since two builds beside two browsers starved both.
// 3. The browser tests, with the checks that need no browser beside them:
//    types, and Firefox's linter on the shipped Firefox build.
// The checks' output is held and printed whole when each ends, so it never
// cuts into the browser tests' list. Exits non-zero when anything failed.
import { type ChildProcess, spawn } from 'node:child_process';

interface Outcome {
  name: string;
  code: number;
  seconds: number;
  output: string;
}

const { NODE_ENV: _development, ...env } = process.env;

/** Runs `npm run <script>`, holding its output until it ends. */
function held(script: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child: ChildProcess = spawn('npm', ['run', script], { env });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) =>
      resolve({ name: script, code: code ?? 1, seconds: (Date.now() - started) / 1000, output }),
    );
  });
}

/** Runs `npm run <script>` with its output shown as it comes. */
function shown(script: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], { env, stdio: 'inherit' });
    child.on('close', (code) =>
      resolve({
        name: script,
        code: code ?? 1,
        seconds: (Date.now() - started) / 1000,
        output: '',
      }),
    );
  });
}

async function inLine(scripts: string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const script of scripts) {
    const outcome = await held(script);
    const mark = outcome.code === 0 ? 'passed' : 'FAILED';
    console.log(`\n── ${script}: ${mark} in ${outcome.seconds.toFixed(0)} s ──\n${outcome.output}`);
    outcomes.push(outcome);
  }
  return outcomes;
}

/** Runs the builds one after another, output shown only for one that fails; stops there. */
async function builds(scripts: string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const script of scripts) {
    const outcome = await held(script);
    outcomes.push(outcome);
    if (outcome.code !== 0) {
      console.log(
        `\n── ${script}: FAILED in ${outcome.seconds.toFixed(0)} s ──\n${outcome.output}`,
      );
      process.exit(outcome.code);
    }
  }
  console.log(`Builds done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return outcomes;
}

const started = Date.now();
const [, early] = await Promise.all([
  builds([
    'build',
    'build:firefox',
    'build:test',
    'build:test:clamped',
    'build:test:firefox',
    'build:test:clamped:firefox',
  ]),
  inLine(['lint', 'test:unit:pure']),
]);
const store = await inLine(['test:unit:store']);
const [checks, browsers] = await Promise.all([
  inLine(['typecheck', 'lint:firefox:built']),
  shown('e2e:run'),
]);
const all = [...early, ...store, ...checks, browsers];
console.log(`\nnpm test: ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
for (const o of all) {
  console.log(`  ${o.code === 0 ? 'passed' : 'FAILED'}  ${o.name} (${o.seconds.toFixed(0)} s)`);
}
process.exit(all.every((o) => o.code === 0) ? 0 : 1);
