// Cell-level conventions shared by every writer: A1 letters, user text kept as text, sheet growth.

import { columnLetter, sheetRef } from '../core/cells';

export { columnLetter };

/** `'Tableau de bord'!A1` or `Plan!G12`: sheet names with spaces or quotes are quoted. */
export function a1(sheetName: string, cell: string): string {
  return `${sheetRef(sheetName)}!${cell}`;
}

/**
 * A value typed by a user (dialog, sidebar, report text) written so the sheet stores it as
 * text: a leading `=`, `+`, `-` or `@` would make a formula, so it is escaped with `'`.
 */
export function asText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@']/.test(value) || /^\s*[\d.,\s%€-]+\s*$/.test(value) ? `'${value}` : value;
}

/**
 * Rows ready for setValues into cells the user may have formatted: strings escaped as text
 * (asText) unless the target cell's number format is plain text `@`, where they already are
 * text and an added `'` would be kept as a character.
 */
export function asTextUnlessPlain(rows: readonly unknown[][], formats: readonly string[][]): unknown[][] {
  return rows.map((row, r) => row.map((cell, c) => (formats[r]?.[c] === '@' ? cell : asText(cell))));
}

/**
 * Writes user text into an input tab: one getNumberFormats to find the plain-text cells, then
 * one setValues of `rows` through asTextUnlessPlain. Tabs Boussole owns use asText directly.
 */
export function writeAsText(range: GoogleAppsScript.Spreadsheet.Range, rows: readonly unknown[][]): void {
  range.setValues(asTextUnlessPlain(rows, range.getNumberFormats()));
}

/**
 * Moves cells of an input tab: `rows` as values (through asTextUnlessPlain) except where `formulas`
 * holds one, written as that formula. One getNumberFormats and one setValues; a formula landing in
 * a plain-text `@` cell (where setValues would store it as text) is then set with setFormula.
 */
export function writeWithFormulas(range: GoogleAppsScript.Spreadsheet.Range, rows: readonly unknown[][], formulas: readonly string[][]): void {
  const formats = range.getNumberFormats();
  const plain: Array<[number, number, string]> = [];
  const block = rows.map((row, r) => row.map((cell, c) => {
    const formula = formulas[r]?.[c] ?? '';
    const isPlain = formats[r]?.[c] === '@';
    if (formula === '') return isPlain ? cell : asText(cell);
    if (isPlain) plain.push([r + 1, c + 1, formula]);
    return formula;
  }));
  range.setValues(block);
  for (const [r, c, formula] of plain) range.getCell(r, c).setFormula(formula);
}

/**
 * Grows a sheet so that `rows` × `columns` fit (Apps Script refuses ranges outside the grid);
 * returns the grid size afterwards, so callers need not ask getMaxRows again.
 */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): { rows: number; columns: number } {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return { rows: Math.max(rows, maxRows), columns: Math.max(columns, maxColumns) };
}

/**
 * Groups column indexes (any base) into runs of adjacent columns, so each run is one range:
 * [3,4,5,8] → [{start 3, length 3}, {start 8, length 1}].
 */
export function adjacentRuns(columns: readonly number[]): Array<{ start: number; length: number }> {
  const runs: Array<{ start: number; length: number }> = [];
  for (const column of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === column) last.length += 1;
    else runs.push({ start: column, length: 1 });
  }
  return runs;
}

/** Pads rows to a rectangle of `width` columns (setValues needs one). */
export function rectangle(rows: unknown[][], width: number): unknown[][] {
  return rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] === undefined || row[i] === null ? '' : row[i])));
}
