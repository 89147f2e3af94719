// Charger un exemple, pure part: which input tabs already hold data (the action then refuses),
// and the blocks to write, mapped onto the tabs' actual columns (users may move columns).

import { CADRAGE_DEFAULTS, CADRAGE_QUESTIONS, INPUT_TABS, DEFAULT_RITUALS, TAB, TABLE_OF_TAB, TABLES, type ColumnSpec } from '../contract';
import { layoutTable } from './layout';
import type { TabGrids } from './reader';
import { ritualsHeaderAt } from './read-governance';
import { isBlank, normalize } from '../core/text';

/** A rectangle of values to write at (row, column), 1-based. */
export interface Block {
  onglet: string;
  row: number;
  column: number;
  values: unknown[][];
}

/** Columns filled by Backlog's array formulas: never written. */
const FORMULA_HEADERS = new Set(['score', 'quadrant']);

function cadrageHasData(grid: unknown[][]): boolean {
  const defauts: Readonly<Record<string, unknown>> = CADRAGE_DEFAULTS;
  return grid.slice(1).some((row) => {
    const question = CADRAGE_QUESTIONS.find((q) => normalize(q.question) === normalize(row[0]));
    const answer = row[1];
    if (row.slice(2).some((cell) => !isBlank(cell))) return true;
    if (!question) return !isBlank(row[0]) || !isBlank(answer);
    // Initialiser's own default answers do not count as data
    return !isBlank(answer) && answer !== defauts[question.key];
  });
}

function tableHasData(grid: unknown[][], from: number, to: number, skip: (row: unknown[]) => boolean): boolean {
  const header = (grid[0] ?? []).map((h) => normalize(h));
  return grid.slice(from, to).some((row) => !skip(row) && row.some((cell, i) => !FORMULA_HEADERS.has(header[i] ?? '') && !isBlank(cell)));
}

function governanceHasData(grid: unknown[][]): boolean {
  const defaultRituals = new Set(DEFAULT_RITUALS.map((r) => normalize(r.rituel)));
  const split = ritualsHeaderAt(grid);
  const raci = tableHasData(grid, 1, split < 0 ? grid.length : split, () => false);
  const isDefault = (row: unknown[]) => defaultRituals.has(normalize(row[0])) && isBlank(row[3]) && isBlank(row[4]);
  return raci || (split >= 0 && tableHasData(grid, split + 1, grid.length, isDefault));
}

/** Input tabs holding data beyond headers, Cadrage questions, Initialiser's defaults and default rituals. */
export function tabsWithData(grids: TabGrids): string[] {
  return INPUT_TABS.filter((tab) => {
    const grid = grids[tab];
    if (!grid || grid.length < 2) return false;
    if (tab === TAB.cadrage) return cadrageHasData(grid);
    if (tab === TAB.gouvernance) return governanceHasData(grid);
    return tableHasData(grid, 1, grid.length, () => false);
  });
}

/** Data rows of a table mapped onto the sheet's columns: one block per run of contiguous writable columns. */
export function tableBlocks(onglet: string, sheetHeader: readonly unknown[], specs: readonly ColumnSpec[], rows: unknown[][], firstRow: number): Block[] {
  if (rows.length === 0) return [];
  const { columnOf } = layoutTable(sheetHeader, specs);
  const targets = specs
    .map((spec, index) => ({ index, column: columnOf[spec.header] ?? 0, skip: FORMULA_HEADERS.has(normalize(spec.header)) }))
    .filter((t) => !t.skip && t.column > 0)
    .sort((a, b) => a.column - b.column);
  const blocs: Block[] = [];
  let run: typeof targets = [];
  const flush = () => {
    const first = run[0];
    if (first) blocs.push({ onglet, row: firstRow, column: first.column, values: rows.map((row) => run.map((t) => row[t.index] ?? '')) });
    run = [];
  };
  for (const target of targets) {
    const last = run[run.length - 1];
    if (last && target.column !== last.column + 1) flush();
    run.push(target);
  }
  flush();
  return blocs;
}

function cadrageBlock(sheetGrid: unknown[][], example: unknown[][]): Block[] {
  const answers = new Map(example.slice(1).map((row) => [normalize(row[0]), row[1]]));
  const rows = sheetGrid.slice(1).map((row) => [answers.get(normalize(row[0])) ?? row[1] ?? '']);
  return rows.length === 0 ? [] : [{ onglet: TAB.cadrage, row: 2, column: 2, values: rows }];
}

function governanceBlocks(sheetGrid: unknown[][], example: unknown[][]): Block[] {
  const sheetSplit = ritualsHeaderAt(sheetGrid);
  const exampleSplit = ritualsHeaderAt(example);
  const raciRows = example.slice(1, exampleSplit).filter((row) => row.some((cell) => !isBlank(cell)));
  const blocs = tableBlocks(TAB.gouvernance, sheetGrid[0] ?? [], TABLES.raci, raciRows, 2);
  if (sheetSplit < 0 || exampleSplit < 0) return blocs;
  return [...blocs, ...tableBlocks(TAB.gouvernance, sheetGrid[sheetSplit] ?? [], TABLES.rituels, example.slice(exampleSplit + 1), sheetSplit + 2)];
}

function specsOf(tab: string): readonly ColumnSpec[] {
  const table = TABLE_OF_TAB[tab];
  return table ? TABLES[table] : [];
}

/** Every block of the example for initialised tabs (`sheetGrids` read after Initialiser). */
export function exampleBlocks(sheetGrids: TabGrids, example: Record<string, unknown[][]>): Block[] {
  const blocs: Block[] = [];
  for (const tab of INPUT_TABS) {
    const sheetGrid = sheetGrids[tab] ?? [];
    const grid = example[tab] ?? [];
    if (tab === TAB.cadrage) blocs.push(...cadrageBlock(sheetGrid, grid));
    else if (tab === TAB.gouvernance) blocs.push(...governanceBlocks(sheetGrid, grid));
    else blocs.push(...tableBlocks(tab, sheetGrid[0] ?? [], specsOf(tab), grid.slice(1), 2));
  }
  return blocs;
}
