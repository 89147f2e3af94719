// The house's floors (docs/architecture.md): contract → core → workbook → gas → entry. Every
// import of src/ stays on its floor or goes down, the core imports no Apps Script global, and no
// file imports itself back through a cycle. Read from the import statements of the source files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FLOORS = ['contract', 'core', 'workbook', 'gas', 'entry'] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports of a file, resolved to repository paths (`src/core/months.ts`). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)].map((m) => m[1] ?? '');
  return specs.map((spec) => {
    const base = path.join(path.dirname(file), spec);
    for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
      try { if (statSync(candidate).isFile()) return candidate; } catch { /* next candidate */ }
    }
    return base;
  });
}

const floorOf = (file: string): number => FLOORS.indexOf(file.split(path.sep)[1] as (typeof FLOORS)[number]);
const SRC = filesUnder('src');

/** `from → to` for every import of src/ that goes to a higher floor. */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  return [...graph].flatMap(([file, targets]) => targets
    .filter((target) => target.startsWith(`src${path.sep}`) && floorOf(target) > floorOf(file))
    .map((target) => `${file} → ${target}`));
}

describe('the floors of src/', () => {
  it('puts every source file on a known floor', () => {
    expect(SRC.filter((f) => floorOf(f) < 0)).toEqual([]);
  });

  it('imports only from the same floor or a lower one', () => {
    expect(upwardImports(new Map(SRC.map((f) => [f, importsOf(f)])))).toEqual([]);
  });

  it('keeps the contract free of any import of ours', () => {
    const outward = SRC.filter((f) => floorOf(f) === 0).flatMap((file) => importsOf(file)
      .filter((target) => !target.startsWith(`src${path.sep}contract`)).map((target) => `${file} → ${target}`));
    expect(outward).toEqual([]);
  });

  it('keeps Apps Script globals out of contract, core and workbook', () => {
    const pure = SRC.filter((f) => floorOf(f) <= 2);
    const offenders = pure.filter((f) => /\b(SpreadsheetApp|HtmlService|LockService|PropertiesService|Session|Utilities|ScriptApp)\./.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const graph = new Map(SRC.map((f) => [f, importsOf(f).filter((t) => t.startsWith(`src${path.sep}`))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') { cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → ')); return; }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of SRC) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('lets the sidebar take only types from src/, and values only from the contract', () => {
    const offenders = filesUnder('sidebar').flatMap((file) => {
      const lines = readFileSync(file, 'utf8').split('\n').filter((l) => /^\s*import\b(?!\s+type\b).*from\s+'\.\.\/src\//.test(l));
      // `../src/contract` or one of its files (importing one file keeps the sidebar bundle small).
      return lines.filter((l) => !/from\s+'\.\.\/src\/contract(\/[\w-]+)?'/.test(l)).map((l) => `${file}: ${l.trim()}`);
    });
    expect(offenders).toEqual([]);
  });

  it('reports an upward import when one is written (the check itself can fail)', () => {
    const core = path.join('src', 'core', 'x.ts');
    const gas = path.join('src', 'gas', 'ui.ts');
    const contract = path.join('src', 'contract', 'enums.ts');
    expect(upwardImports(new Map([[core, [gas, contract]], [gas, [core]]]))).toEqual([`${core} → ${gas}`]);
  });
});
