// The closing line of test/support/summary-reporter.ts must never read `0 failed` when vitest
// fails: vitest runs, in a child process, the fixtures of test/support/fixtures/ (their own tiny
// config, outside the main `include`) and the last line of its output is checked with its exit code.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITEST = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const CONFIG = 'test/support/fixtures/vitest.config.ts';

interface Run {
  code: number;
  output: string;
  lastLine: string;
}

/** Runs vitest on the fixtures whose path contains `filter`; resolves with exit code, output and closing line. */
function runFixtures(filter: string): Promise<Run> {
  // The parent run's VITEST_* variables would make the child believe it is one of its workers.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return new Promise((resolve) => {
    execFile(process.execPath, [VITEST, 'run', '--config', CONFIG, filter], { cwd: ROOT, env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        const lines = stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '');
        resolve({ code, output: `${stdout}\n${stderr}`, lastLine: lines.at(-1) ?? '' });
      });
  });
}

describe('summary reporter closing line', () => {
  it('counts a load error, a failing beforeAll and afterAll, an unhandled rejection and a failing test; exit code non-zero', async () => {
    const run = await runFixtures('failing/');
    expect(run.code, run.output).not.toBe(0);
    // Passed: after-all's test, the unhandled-rejection test, passing.fixture's test = 3.
    // Failed: 1 failed test (failing-test) + 2 tests not run (before-all's beforeAll failed)
    //       + 3 errors outside tests (throws-at-import, after-all's afterAll, the unhandled rejection) = 6.
    expect(run.lastLine, run.output).toBe('3 passed, 6 failed (1 test failed; 2 tests not run: a hook failed or the run stopped; 3 errors outside tests: load, hooks, unhandled)');
    // vitest's own summary shows the two tests behind the failed beforeAll as merely skipped.
    expect(run.output).toMatch(/Tests\s+1 failed \| 3 passed \| 2 skipped/);
  });

  it('says the run failed when vitest fails outside any test (no test file found)', async () => {
    const run = await runFixtures('no-such-fixture');
    expect(run.code, run.output).not.toBe(0);
    expect(run.lastLine, run.output).toMatch(/^0 passed, 1 failed \(run failed: /);
  });

  it('prints `N passed, 0 failed` and exits 0 when everything passes', async () => {
    const run = await runFixtures('passing/');
    expect(run.code, run.output).toBe(0);
    expect(run.lastLine, run.output).toBe('3 passed, 0 failed');
  });
});
