// Cell-level conventions shared by every writer: A1 letters, user text kept as text, sheet growth.

import { columnLetter, sheetRef } from '../core/cells';
import { rowsToSheet } from './zone';

export { columnLetter };

/** `'Tableau de bord'!A1` or `Plan!G12`: sheet names with spaces or quotes are quoted. */
export function a1(sheetName: string, cell: string): string {
  return `${sheetRef(sheetName)}!${cell}`;
}

/**
 * True for a string Sheets would not keep as typed if written with setValues: a formula
 * (`=`, `+`, `-`, `@`), a leading apostrophe, or text that reads as a number, percent, amount,
 * date or boolean. Such strings are written as rich-text values (writeValues).
 */
export function isParsedBySheets(value: unknown): value is string {
  return typeof value === 'string' && (
    /^[=+\-@']/.test(value)
    || /^\s*[\d.,\s\u00a0\u202f%€-]+\s*$/.test(value)
    || /^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\s*$/.test(value)
    || /^\s*(true|false|vrai|faux)\s*$/i.test(value));
}

/**
 * Writes `rows` into `range` so that each value keeps its meaning, whatever the cells' number
 * formats: one setValues (dates as the spreadsheet's calendar days, text Sheets would parse left
 * empty), then that text as rich-text values, one setRichTextValues per run of adjacent cells of
 * a row. Sheets stores a rich-text value as text in any cell, plain-text `@` or not, so this is
 * safe whichever way `@` cells treat a leading `=` or `'` (SPEC §7: user text stays text).
 * Cells for which `isFormula` is true are written as formulas.
 */
export function writeValues(range: GoogleAppsScript.Spreadsheet.Range, rows: readonly unknown[][], isFormula: (row: number, column: number) => boolean = () => false): void {
  const dated = rowsToSheet(rows);
  const risky = (r: number, c: number): boolean => !isFormula(r, c) && isParsedBySheets(dated[r]?.[c]);
  range.setValues(dated.map((row, r) => row.map((cell, c) => (risky(r, c) ? '' : cell))));
  const sheet = range.getSheet();
  const top = range.getRow();
  const left = range.getColumn();
  dated.forEach((row, r) => {
    for (let c = 0; c < row.length; c += 1) {
      if (!risky(r, c)) continue;
      let end = c;
      while (end + 1 < row.length && risky(r, end + 1)) end += 1;
      const texts = row.slice(c, end + 1).map((text) => SpreadsheetApp.newRichTextValue().setText(String(text)).build());
      sheet.getRange(top + r, left + c, 1, texts.length).setRichTextValues([texts]);
      c = end;
    }
  });
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
