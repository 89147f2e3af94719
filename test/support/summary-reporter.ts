// Prints the plain closing line `N passed, N failed` after vitest's own summary, for CI readers.
// The line must never say `0 failed` when the run failed: besides failed tests, it counts as failed
// the tests that never ran because a hook of their suite failed (vitest reports those as
// "skipped"), the errors raised outside any test (a file that fails to load, a failing
// beforeAll/afterAll, an unhandled error or rejection), and any other reason vitest gives for a
// failed run (a failing global setup, no test file found…).
import type { SerializedError } from 'vitest';
import type { Reporter, TestCase, TestModule, TestRunEndReason, TestSuite } from 'vitest/node';

/** What the closing line counts; `failed` is the sum of the four failure kinds. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Tests whose own body failed. */
  failedTests: number;
  /** Tests that should have run but did not: a hook of their suite failed, or the run stopped. */
  notRun: number;
  /** Errors attached to no test: load errors, beforeAll/afterAll errors, unhandled errors. */
  errorsOutsideTests: number;
  /** 1 when vitest says the run failed or was interrupted and nothing above accounts for it. */
  otherFailures: number;
}

type Entity = TestModule | TestSuite;

/** The suites and module enclosing `test`, innermost first. */
function ancestors(test: TestCase): Entity[] {
  const out: Entity[] = [];
  let parent: TestCase['parent'] = test.parent;
  for (;;) {
    out.push(parent);
    if (parent.type === 'module') return out;
    parent = parent.parent;
  }
}

/** Counts a finished run the way the closing line reports it. */
export function countRun(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: TestRunEndReason,
): RunCounts {
  let passed = 0;
  let failedTests = 0;
  let notRun = 0;
  let skipped = 0;
  let errorsOutsideTests = unhandledErrors.length;
  /** Suites and modules whose errors are already shown as tests that did not run. */
  const explained = new Set<Entity>();

  for (const module of testModules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed += 1;
      else if (state === 'failed') failedTests += 1;
      else {
        const meantToRun = test.options.mode === 'run' || test.options.mode === 'only';
        const failedAbove = ancestors(test).filter((entity) => entity.errors().length > 0);
        // A test meant to run that was left pending, or skipped because a hook above it failed,
        // did not pass: it is a failure, not a skip. Declared skips/todos and ctx.skip() stay skipped.
        if (meantToRun && (state === 'pending' || failedAbove.length > 0)) {
          notRun += 1;
          for (const entity of failedAbove) explained.add(entity);
        } else skipped += 1;
      }
    }
    for (const entity of [module, ...module.children.allSuites()]) {
      if (!explained.has(entity)) errorsOutsideTests += entity.errors().length;
    }
    // A module that never finished (worker crash, interrupted run) and holds no test to show it.
    const state = module.state();
    if ((state === 'queued' || state === 'pending') && module.errors().length === 0 && [...module.children.allTests()].length === 0) {
      errorsOutsideTests += 1;
    }
  }

  let failed = failedTests + notRun + errorsOutsideTests;
  const otherFailures = reason !== 'passed' && failed === 0 ? 1 : 0;
  failed += otherFailures;
  return { passed, failed, skipped, failedTests, notRun, errorsOutsideTests, otherFailures };
}

/** The closing line: `N passed, M failed`, then skips if any, then what the failures are when not all are failed tests. */
export function closingLine(counts: RunCounts, reason: TestRunEndReason): string {
  let line = `${counts.passed} passed, ${counts.failed} failed`;
  if (counts.skipped > 0) line += `, ${counts.skipped} skipped`;
  if (counts.failed > counts.failedTests) {
    const parts: string[] = [];
    const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
    if (counts.failedTests > 0) parts.push(`${plural(counts.failedTests, 'test')} failed`);
    if (counts.notRun > 0) parts.push(`${plural(counts.notRun, 'test')} not run: a hook failed or the run stopped`);
    if (counts.errorsOutsideTests > 0) parts.push(`${plural(counts.errorsOutsideTests, 'error')} outside tests: load, hooks, unhandled`);
    if (counts.otherFailures > 0) parts.push(`run ${reason}: see vitest's errors above (global setup, no test file…)`);
    line += ` (${parts.join('; ')})`;
  }
  return line;
}

/** Vitest reporter: prints one last line `N passed, M failed` (and skipped, if any). */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    process.stdout.write(`\n${closingLine(countRun(testModules, unhandledErrors, reason), reason)}\n`);
  }
}
