// Writing for the planning actions, always inside withDocumentLock and in blocks: append rows
// below the data (growing the grid first), or rewrite runs of adjacent columns in one call each.
// Every block goes through writeValues (user text stays text, plain-text `@` cells as typed).

import { adjacentRuns, ensureSize, rectangle, writeValues, writeWithFormulas } from '../cells';
import type { TabData } from './tabs';

/** Appends `rows` below the last row of the tab in one setValues; returns the first row written. */
export function appendRows(onglet: TabData, rows: readonly unknown[][]): number {
  const first = Math.max(onglet.values.length, 1) + 1;
  if (rows.length === 0) return first;
  const width = Math.max(...rows.map((row) => row.length), 1);
  ensureSize(onglet.sheet, first + rows.length - 1, width);
  writeValues(onglet.sheet.getRange(first, 1, rows.length, width), rectangle([...rows], width));
  return first;
}

/**
 * Writes `rows` (full-width rows, sheet row `firstRow` onwards) but only in `columns`: one
 * block per run of adjacent columns, so the other columns (formulas) are never touched.
 */
export function writeColumns(onglet: TabData, firstRow: number, rows: readonly unknown[][], columns: readonly number[]): number {
  if (rows.length === 0) return 0;
  const runs = adjacentRuns(columns);
  for (const { start, length } of runs) {
    const block = rows.map((row) => Array.from({ length }, (_, i) => row[start + i] ?? ''));
    writeValues(onglet.sheet.getRange(firstRow, start + 1, rows.length, length), block);
  }
  return runs.length;
}

/**
 * Like writeColumns, for rows that move with their formulas: `formulas` (same shape as `rows`)
 * holds the formula of each cell or ''; formula cells are written as formulas, the others as text.
 */
export function writeColumnsWithFormulas(onglet: TabData, firstRow: number, rows: readonly unknown[][], formulas: readonly string[][], columns: readonly number[]): number {
  if (rows.length === 0) return 0;
  const runs = adjacentRuns(columns);
  for (const { start, length } of runs) {
    const cut = <T>(grid: readonly (readonly T[])[], empty: T) => grid.map((row) => Array.from({ length }, (_, i) => row[start + i] ?? empty));
    writeWithFormulas(onglet.sheet.getRange(firstRow, start + 1, rows.length, length), cut(rows, '' as unknown), cut(formulas, ''));
  }
  return runs.length;
}
