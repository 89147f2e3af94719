// `npm run bench`: performance as figures, printed as JSON — service calls per action at 1× and
// 10× the example's rows (they must be equal: calls never grow with rows), the calls that reach
// the spreadsheet and the reads that force a flush (read-after-write), bundle size, load time,
// custom-formula executions on a 1 000-row Backlog, and pure computation time.
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import type { Emulator } from '../test/emulator';
import { exampleEmulator } from '../test/gas/dashboard/support';
import { bundleEmulator } from '../test/support/bundle';
import { exampleGrids } from '../src/core/example/workbook';
import { readClasseur } from '../src/workbook/reader';
import { buildMonthlyReport } from '../src/core/report/model';
import { computeAlerts } from '../src/core/alerts/all';
import { buildGreeting } from '../src/core/panel/greeting';
import { addMonths, monthKey } from '../src/core/months';
import { formatId } from '../src/core/planning/ids';
import { BENCH_ACTIONS, type BenchAction } from './bench-actions';

const NOW = new Date(2026, 10, 23, 10, 0, 0);
const code = readFileSync('dist/Code.js', 'utf8');
const LAST_MONTH = addMonths(monthKey(NOW), -1);

/** A classeur initialised by the add-on, then filled by `seed` or with the example, at `scale` × its rows. */
function seededEmulator(scale: number, seed?: (emu: Emulator, scale: number) => void): Emulator {
  if (!seed) return exampleEmulator({ scale, now: NOW, viaMenu: false });
  const emu = bundleEmulator(NOW);
  emu.run('boussoleInitialiser');
  seed(emu, scale);
  return emu;
}

/** What one run of an action costs: every service call, those reaching the spreadsheet, and the flushes its reads force. */
interface RunFigures { calls: number; spreadsheetCalls: number; readAfterWrite: number; byMethod: Record<string, number> }

function callsOf(action: BenchAction, scale: number): RunFigures | { error: string } {
  try {
    const emu = action.empty ? bundleEmulator(NOW) : seededEmulator(scale, action.seed);
    emu.calls.reset();
    action.run(emu, LAST_MONTH);
    const { calls } = emu;
    return { calls: calls.total(), spreadsheetCalls: calls.spreadsheetCalls(), readAfterWrite: calls.readAfterWrite(), byMethod: calls.byMethod() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** One figure of a run, or its error message. */
const figure = (run: RunFigures | { error: string }, key: 'calls' | 'spreadsheetCalls' | 'readAfterWrite'): number | string =>
  'error' in run ? run.error : run[key];

function actionFigures(): { calls: Record<string, unknown>; callsByMethod1x: Record<string, unknown> } {
  const calls: Record<string, unknown> = {};
  const callsByMethod1x: Record<string, unknown> = {};
  for (const action of BENCH_ACTIONS) {
    if (action.requires && !code.includes(action.requires)) {
      calls[action.name] = 'absent';
      continue;
    }
    const one = callsOf(action, 1);
    const ten = action.empty ? one : callsOf(action, 10);
    const calls1x = figure(one, 'calls');
    const calls10x = figure(ten, 'calls');
    calls[action.name] = {
      calls1x, calls10x, constant: calls1x === calls10x,
      spreadsheetCalls1x: figure(one, 'spreadsheetCalls'), spreadsheetCalls10x: figure(ten, 'spreadsheetCalls'),
      readAfterWrite1x: figure(one, 'readAfterWrite'), readAfterWrite10x: figure(ten, 'readAfterWrite'),
    };
    if ('byMethod' in one) callsByMethod1x[action.name] = one.byMethod;
  }
  return { calls, callsByMethod1x };
}

/** Custom-formula executions when a full 1 000-row Backlog (999 ideas) is computed: one per column is the goal. */
function formulaRuns(): Record<string, number> {
  const emu = bundleEmulator(NOW);
  emu.run('boussoleInitialiser');
  const rows = Array.from({ length: 999 }, (_, i) => [formatId('B', i + 1), `Idée ${i + 1}`, 'Équipe', NOW, (i % 5) + 1, ((i + 2) % 5) + 1, ((i + 4) % 5) + 1, ((i + 1) % 5) + 1, ((i + 3) % 5) + 1]);
  emu.book.values('Backlog', 'J2:K3');
  emu.calls.reset();
  emu.book.setValues('Backlog', 'A2', rows);
  emu.book.values('Backlog', 'J2:K1000');
  return { backlogRows: rows.length, customFunctionRuns: emu.calls.customFunctionRuns() };
}

/** Median and max of `runs` timings of `fn`, in ms. */
function timings(runs: number, fn: () => void): { medianMs: number; maxMs: number } {
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return { medianMs: Number((samples[Math.floor(runs / 2)] ?? 0).toFixed(2)), maxMs: Number((samples.at(-1) ?? 0).toFixed(2)) };
}

/** Pure time of the opening greeting on the 10× example: reading the grids and building the toast (goal ≤ 20 ms). */
function greetingTime(): Record<string, number> {
  const grids = exampleGrids(NOW, 10);
  return { ...timings(15, () => buildGreeting(readClasseur(grids), NOW)), goalMs: 20 };
}

/** Pure time of reading the 10× example and computing every indicator, alert and the report. */
function computeTime(): Record<string, number> {
  const grids = exampleGrids(NOW, 10);
  const samples: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    const start = performance.now();
    const classeur = readClasseur(grids);
    computeAlerts(classeur, LAST_MONTH, NOW);
    buildMonthlyReport(classeur, LAST_MONTH, NOW);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const planRows = (grids['Plan']?.length ?? 1) - 1;
  const mesuresRows = (grids['Mesures']?.length ?? 1) - 1;
  return { planRows, mesuresRows, medianMs: Number((samples[7] ?? 0).toFixed(2)), maxMs: Number((samples.at(-1) ?? 0).toFixed(2)) };
}


/** Median time to evaluate the whole bundle in a fresh context: paid by every execution, custom formulas included. */
function loadTime(): number {
  const script = new vm.Script(code);
  const samples = Array.from({ length: 60 }, () => {
    const context = vm.createContext({});
    const start = performance.now();
    script.runInContext(context);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return Number((samples[30] ?? 0).toFixed(2));
}
const result = {
  date: NOW.toISOString(),
  bundle: { file: 'dist/Code.js', bytes: statSync('dist/Code.js').size, lines: code.split('\n').length, loadMedianMs: loadTime() },
  formulas: formulaRuns(),
  computation10x: computeTime(),
  greeting10x: greetingTime(),
  ...actionFigures(),
};
console.log(JSON.stringify(result, null, 2));
