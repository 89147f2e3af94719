// Builds dist/ once per test run, so bundle and emulator tests load the real dist/Code.js.
import { execFileSync } from 'node:child_process';

/** Builds dist/ once per test run (skipped when BOUSSOLE_SKIP_BUILD=1). */
export default function setup(): void {
  if (process.env.BOUSSOLE_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['esbuild.config.mjs'], { stdio: 'inherit' });
}
