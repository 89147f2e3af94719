// Cell-level conventions shared by every writer: A1 letters, user text kept as text, sheet growth.

import { columnLetter, sheetRef } from '../core/cells';
import { rowsToSheet } from './zone';

export { columnLetter };

/** `'Tableau de bord'!A1` or `Plan!G12`: sheet names with spaces or quotes are quoted. */
export function a1(sheetName: string, cell: string): string {
  return `${sheetRef(sheetName)}!${cell}`;
}

/** A string that would become a formula or a number if written bare: `=`, `+`, `-`, `@` first. */
export function looksLikeFormula(value: unknown): value is string {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/**
 * A string Sheets would read as something else in a cell of automatic format: a leading
 * apostrophe (an escape), or text that reads as a number, percent, amount, date or boolean.
 */
function readsAsValue(value: string): boolean {
  return value.startsWith("'")
    || /^\s*[\d.,\s\u00a0\u202f%€-]+\s*$/.test(value)
    || /^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\s*$/.test(value)
    || /^\s*(true|false|vrai|faux)\s*$/i.test(value);
}

/** How writeValues treats some cells: formulas to keep, and the cells' number formats if known. */
export interface WriteOptions {
  /** Cells written as formulas. */
  readonly isFormula?: (row: number, column: number) => boolean;
  /** The number formats of the cells written; read from the range (one call) when absent. */
  readonly formats?: readonly (readonly string[])[];
}

/**
 * Writes `rows` into `range` so that each value keeps its meaning, in one setValues: dates as the
 * spreadsheet's calendar days; in a cell of automatic format, text that would read as a formula,
 * a number or a date escaped with `'` (Sheets then keeps it as text, without the apostrophe). In a
 * plain-text `@` cell text is written bare, except text that starts with `=`, `+`, `-` or `@`:
 * nobody could confirm that `@` keeps such text as typed when a script writes it, so it goes as a
 * rich-text value, which Sheets always stores as text (SPEC §7: user text stays text); one
 * setRichTextValues per vertical run, one rich-text value per distinct text. Cells for which
 * `isFormula` is true stay formulas.
 */
export function writeValues(range: GoogleAppsScript.Spreadsheet.Range, rows: readonly unknown[][], options: WriteOptions = {}): void {
  const isFormula = options.isFormula ?? (() => false);
  const formats = options.formats ?? range.getNumberFormats();
  const dated = rowsToSheet(rows);
  const plain = (r: number, c: number): boolean => formats[r]?.[c] === '@';
  const rich = (r: number, c: number): boolean => !isFormula(r, c) && plain(r, c) && looksLikeFormula(dated[r]?.[c]);
  range.setValues(dated.map((row, r) => row.map((cell, c) => {
    if (typeof cell !== 'string' || isFormula(r, c)) return cell;
    if (plain(r, c)) return rich(r, c) ? '' : cell;
    return looksLikeFormula(cell) || readsAsValue(cell) ? `'${cell}` : cell;
  })));
  if (!dated.some((row, r) => row.some((_, c) => rich(r, c)))) return;
  const sheet = range.getSheet();
  const top = range.getRow();
  const left = range.getColumn();
  const built = new Map<string, GoogleAppsScript.Spreadsheet.RichTextValue>();
  const richValue = (text: string): GoogleAppsScript.Spreadsheet.RichTextValue => {
    let v = built.get(text);
    if (!v) built.set(text, (v = SpreadsheetApp.newRichTextValue().setText(text).build()));
    return v;
  };
  const width = Math.max(0, ...dated.map((row) => row.length));
  for (let c = 0; c < width; c += 1) {
    for (let r = 0; r < dated.length; r += 1) {
      if (!rich(r, c)) continue;
      let end = r;
      while (end + 1 < dated.length && rich(end + 1, c)) end += 1;
      sheet.getRange(top + r, left + c, end - r + 1, 1).setRichTextValues(dated.slice(r, end + 1).map((row) => [richValue(String(row[c]))]));
      r = end;
    }
  }
}

/**
 * Moves cells of an input tab: `rows` as values (writeValues) except where `formulas` holds one,
 * written as that formula. One getNumberFormats and one setValues; a formula landing in a
 * plain-text `@` cell (where setValues might store it as text) is then set with setFormula.
 */
export function writeWithFormulas(range: GoogleAppsScript.Spreadsheet.Range, rows: readonly unknown[][], formulas: readonly string[][]): void {
  const formats = range.getNumberFormats();
  const isFormula = (r: number, c: number): boolean => (formulas[r]?.[c] ?? '') !== '';
  writeValues(range, rows.map((row, r) => row.map((cell, c) => (isFormula(r, c) ? formulas[r]?.[c] : cell))), { formats, isFormula });
  formulas.forEach((row, r) => row.forEach((formula, c) => {
    if (formula !== '' && formats[r]?.[c] === '@') range.getCell(r + 1, c + 1).setFormula(formula);
  }));
}

/**
 * Grows a sheet so that `rows` × `columns` fit (Apps Script refuses ranges outside the grid);
 * returns the grid size afterwards, so callers need not ask getMaxRows again. Both sizes are read
 * before any insert (a read after a write forces a flush), or taken from `known` when the caller read them.
 */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number, known?: { rows: number; columns: number }): { rows: number; columns: number } {
  const maxRows = known?.rows ?? sheet.getMaxRows();
  const maxColumns = known?.columns ?? sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
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
