// Range geometry (A1, rows, columns, offset, getCell, activate) and the 2D helpers shared by Range methods.
import type { Rect } from './a1.js';
import { rectToA1, colToLetters } from './a1.js';
import type { RangeRef, SheetModel } from './book.js';
import type { Ctx } from './ctx.js';
import { mismatch, typeName } from './ctx.js';
import { ScriptError } from './counting.js';
import { realmArray, rowsToRealm } from './realm.js';
import { makeSheet } from './sheet.js';

/** Checks a 2D argument against the range size with Apps Script's messages. */
export function check2D(rows: unknown, rect: Rect, method: string): unknown[][] {
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) {
    throw mismatch(`SpreadsheetApp.Range.${method}`, typeName(rows));
  }
  if (rows.length !== rect.numRows) {
    throw new ScriptError(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${rect.numRows}.`);
  }
  for (const r of rows as unknown[][]) {
    if (r.length !== rect.numCols) {
      throw new ScriptError(`The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${rect.numCols}.`);
    }
  }
  return rows as unknown[][];
}

/** Validates explicit coordinates against a sheet, as Sheet.getRange does. */
export function checkCoords(sheet: SheetModel, row: number, col: number, numRows: number, numCols: number): Rect {
  for (const v of [row, col, numRows, numCols]) {
    if (typeof v !== 'number' || Number.isNaN(v)) throw mismatch('SpreadsheetApp.Sheet.getRange', [row, col, numRows, numCols].map(typeName).join(','));
  }
  if (row < 1) throw new ScriptError('The starting row of the range is too small.');
  if (col < 1) throw new ScriptError('The starting column of the range is too small.');
  if (numRows < 1) throw new ScriptError('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw new ScriptError('The number of columns in the range must be at least 1.');
  return checkInside(sheet, { row: Math.floor(row), col: Math.floor(col), numRows: Math.floor(numRows), numCols: Math.floor(numCols) });
}

/** Refuses a rectangle that reaches past the sheet's grid, with Sheets' message. */
export function checkInside(sheet: SheetModel, r: Rect): Rect {
  if (r.row + r.numRows - 1 > sheet.maxRows || r.col + r.numCols - 1 > sheet.maxCols) {
    throw new ScriptError('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return r;
}

export class RangeBase {
  constructor(readonly _c: Ctx, readonly _sheet: SheetModel, readonly _rect: Rect) {}

  protected _cells(fn: (row: number, col: number, i: number, j: number) => void): void {
    const { row, col, numRows, numCols } = this._rect;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numCols; j++) fn(row + i, col + j, i, j);
  }
  protected _grid<T>(fn: (row: number, col: number) => T): unknown[][] {
    const { row, col, numRows, numCols } = this._rect;
    const rows: T[][] = [];
    for (let i = 0; i < numRows; i++) {
      const r: T[] = [];
      for (let j = 0; j < numCols; j++) r.push(fn(row + i, col + j));
      rows.push(r);
    }
    return rowsToRealm(this._c.realm, rows);
  }
  protected _range(rect: Rect): object {
    return makeRange(this._c, this._sheet, rect);
  }

  getA1Notation(): string {
    const r = this._rect;
    if (r.row === 1 && r.numRows === this._sheet.maxRows && r.numRows > 1) return `${colToLetters(r.col)}:${colToLetters(r.col + r.numCols - 1)}`;
    return rectToA1(r);
  }
  getRow(): number { return this._rect.row; }
  getRowIndex(): number { return this._rect.row; }
  getColumn(): number { return this._rect.col; }
  getColumnIndex(): number { return this._rect.col; }
  getLastRow(): number { return this._rect.row + this._rect.numRows - 1; }
  getLastColumn(): number { return this._rect.col + this._rect.numCols - 1; }
  getNumRows(): number { return this._rect.numRows; }
  getNumColumns(): number { return this._rect.numCols; }
  getHeight(): number { return this._rect.numRows; }
  getWidth(): number { return this._rect.numCols; }
  getGridId(): number { return this._sheet.id; }
  getSheet(): object { return makeSheet(this._c, this._sheet); }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): object {
    const r = this._rect;
    return this._range(checkCoords(this._sheet, r.row + rowOffset, r.col + columnOffset, numRows ?? r.numRows, numColumns ?? r.numCols));
  }
  getCell(row: number, column: number): object {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols) {
      throw new ScriptError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this._range({ row: this._rect.row + row - 1, col: this._rect.col + column - 1, numRows: 1, numCols: 1 });
  }
  activate(): object {
    this._c.book.activeSheetId = this._sheet.id;
    this._c.book.selection = { sheetId: this._sheet.id, rects: [this._rect] };
    return this._range(this._rect);
  }
  activateAsCurrentCell(): object {
    return this.activate();
  }
}

/** Creates the script-facing Range for a rectangle (defined in range.ts, registered here to avoid cycles). */
export let makeRange: (c: Ctx, sheet: SheetModel, rect: Rect) => object = () => {
  throw new Error('range.ts not loaded');
};
/** Installs range.ts's factory as makeRange. */
export function registerRangeFactory(f: typeof makeRange): void {
  makeRange = f;
}

/** A range handed back by the script, unwrapped to its model (throws on anything else). */
export function rangeOf(c: Ctx, v: unknown, what: string): { sheet: SheetModel; rect: Rect } {
  const r = c.rt.unwrap<RangeBase>(v);
  if (!r || !('_rect' in r)) throw mismatch(what, typeof v);
  return { sheet: r._sheet, rect: r._rect };
}

/** The script-side Range array of stored references (a reference to a deleted sheet is dropped). */
export function rangesIn(c: Ctx, refs: readonly RangeRef[]): unknown[] {
  return realmArray(c.realm, refs.flatMap((r) => {
    const s = c.book.byId(r.sheetId);
    return s ? [makeRange(c, s, r.rect)] : [];
  }));
}

