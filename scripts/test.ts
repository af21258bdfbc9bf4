// `npm test`: everything the project checks. The builds come first, one
// after another (wxt writes its generated types to one shared folder,
// .wxt/), then the unit tests. Then the browser tests run while the checks
// that need no browser (types, Biome, Firefox's linter on the shipped Firefox
// build) run beside them. The
// checks' output is held and printed whole when each ends, so it never cuts
// into the browser tests' list. Exits non-zero when anything failed.
import { type ChildProcess, spawn } from 'node:child_process';
import { build } from './lib/build';

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

const started = Date.now();
for (const script of [
  'build',
  'build:firefox',
  'build:test',
  'build:test:clamped',
  'build:test:firefox',
  'build:test:clamped:firefox',
]) {
  build(script, false);
}
console.log(`Builds done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

// The unit tests come before the browsers, not beside them: the release
// test builds the shipped extension again (into .output/, which the headed
// and build tests load), and two builds beside two browsers starved both.
const [unit] = await inLine(['test:unit']);
const [checks, browsers] = await Promise.all([
  inLine(['typecheck', 'lint', 'lint:firefox:built']),
  shown('e2e:run'),
]);
const all = [...(unit ? [unit] : []), ...checks, browsers];
console.log(`\nnpm test: ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
for (const o of all) {
  console.log(`  ${o.code === 0 ? 'passed' : 'FAILED'}  ${o.name} (${o.seconds.toFixed(0)} s)`);
}
process.exit(all.every((o) => o.code === 0) ? 0 : 1);
