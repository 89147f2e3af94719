// Writing for the planning actions, always inside withDocumentLock and in blocks: append rows
// below the data (growing the grid first), or rewrite runs of adjacent columns in one call each.
// Strings pass through asText where the cell is not plain text (`@`), so a user text starting
// with `=` stays text; in a plain-text cell the string is already text and is written as is.

import { asText, ensureSize, rectangle } from '../cells';
import type { Onglet } from './tabs';

/** Rows ready for setValues: strings escaped as text unless the target cell's format is `@`. */
export function commeTexte(rows: readonly unknown[][], formats: readonly string[][]): unknown[][] {
  return rows.map((row, r) => row.map((cell, c) => (formats[r]?.[c] === '@' ? cell : asText(cell))));
}

/** Writes a block in one setValues, after one getNumberFormats to know the plain-text cells. */
function ecrireBloc(range: GoogleAppsScript.Spreadsheet.Range, rows: unknown[][]): void {
  range.setValues(commeTexte(rows, range.getNumberFormats()));
}

/** Appends `rows` below the last row of the tab in one setValues; returns the first row written. */
export function ajouterLignes(onglet: Onglet, rows: readonly unknown[][]): number {
  const first = Math.max(onglet.values.length, 1) + 1;
  if (rows.length === 0) return first;
  const width = Math.max(...rows.map((row) => row.length), 1);
  ensureSize(onglet.sheet, first + rows.length - 1, width);
  ecrireBloc(onglet.sheet.getRange(first, 1, rows.length, width), rectangle([...rows], width));
  return first;
}

/** Groups 0-based column indexes into runs of adjacent columns: [0,1,2,5] → [[0,3],[5,1]]. */
export function runsDeColonnes(columns: readonly number[]): Array<{ start: number; length: number }> {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: Array<{ start: number; length: number }> = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === column) last.length += 1;
    else runs.push({ start: column, length: 1 });
  }
  return runs;
}

/**
 * Writes `rows` (full-width rows, sheet row `firstRow` onwards) but only in `columns`: one
 * block per run of adjacent columns, so the other columns (formulas) are never touched.
 */
export function ecrireColonnes(onglet: Onglet, firstRow: number, rows: readonly unknown[][], columns: readonly number[]): number {
  if (rows.length === 0) return 0;
  const runs = runsDeColonnes(columns);
  for (const { start, length } of runs) {
    const block = rows.map((row) => Array.from({ length }, (_, i) => row[start + i] ?? ''));
    ecrireBloc(onglet.sheet.getRange(firstRow, start + 1, rows.length, length), block);
  }
  return runs.length;
}
