// Builds started from the project's scripts, as a shell would start them.
// The scripts run under vite-node, which sets NODE_ENV=development, and a
// build that inherits it is a development build: another shared chunk, about
// 0.9 kB larger gzipped, with Preact's development paths. The benchmark
// measured such a build until this was found.
import { spawnSync } from 'node:child_process';

/**
 * Runs `npm run <script>` without the development NODE_ENV; stops the process
 * if it fails. Unshown, its output is kept and printed only when it fails.
 */
export function build(script: string, show = true): void {
  const { NODE_ENV: _development, ...env } = process.env;
  const result = spawnSync('npm', ['run', script], {
    stdio: show ? 'inherit' : 'pipe',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    if (!show) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`npm run ${script} failed`);
    process.exit(result.status ?? 1);
  }
}
