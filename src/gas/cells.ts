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

/** Grows a sheet so that `rows` × `columns` fit (Apps Script refuses ranges outside the grid). */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Pads rows to a rectangle of `width` columns (setValues needs one). */
export function rectangle(rows: unknown[][], width: number): unknown[][] {
  return rows.map((row) => Array.from({ length: width }, (_, i) => (row[i] === undefined || row[i] === null ? '' : row[i])));
}
