// Range values and formulas: getValue(s)/setValue(s), formulas, display values, clearing, checkboxes.
import { colToLetters, lettersToCol, type Rect } from './a1.js';
import type { SheetModel } from './book.js';
import type { Ctx } from './ctx.js';
import { mismatch, typeName } from './ctx.js';
import { displayValue } from './display.js';
import { realmArray, rowsToRealm, toRealm } from './realm.js';
import { richTextFor, richTextOf } from './richtext.js';
import { check2D, registerRangeFactory } from './range-base.js';
import { RangeFormats } from './range-format.js';

export class RangeImpl extends RangeFormats {
  /** The top-left cell's value, as getValues renders it. */
  private _first(): unknown {
    return this._c.book.engine.values(this._sheet, { ...this._rect, numRows: 1, numCols: 1 })[0]?.[0] ?? '';
  }
  getValue(): unknown {
    return toRealm(this._c.realm, this._first());
  }
  getValues(): unknown[][] {
    return rowsToRealm(this._c.realm, this._c.book.engine.values(this._sheet, this._rect));
  }
  setValue(value: unknown): object {
    if (Array.isArray(value)) throw mismatch('SpreadsheetApp.Range.setValue', typeName(value));
    const rows = Array.from({ length: this._rect.numRows }, () => Array<unknown>(this._rect.numCols).fill(value));
    this._c.book.writeValues(this._sheet, this._rect, rows);
    return this._range(this._rect);
  }
  setValues(values: unknown): object {
    this._c.book.writeValues(this._sheet, this._rect, check2D(values, this._rect, 'setValues'));
    return this._range(this._rect);
  }
  getDisplayValue(): string {
    return displayValue(this._first(), this._sheet.numberFormat(this._rect.row, this._rect.col), this._c.book.timeZone);
  }
  getDisplayValues(): unknown[][] {
    const vals = this._c.book.engine.values(this._sheet, this._rect);
    const tz = this._c.book.timeZone;
    return rowsToRealm(this._c.realm, vals.map((r, i) => r.map((v, j) => displayValue(v, this._sheet.numberFormat(this._rect.row + i, this._rect.col + j), tz))));
  }
  getFormula(): string {
    return this._c.book.formulas(this._sheet, { ...this._rect, numRows: 1, numCols: 1 })[0]?.[0] ?? '';
  }
  getFormulas(): unknown[][] {
    return rowsToRealm(this._c.realm, this._c.book.formulas(this._sheet, this._rect));
  }
  setFormula(formula: string): object {
    const f = String(formula);
    const rows = Array.from({ length: this._rect.numRows }, (_, i) => Array.from({ length: this._rect.numCols }, (_, j) => shiftRelative(f, i, j)));
    this._c.book.writeFormulas(this._sheet, this._rect, rows);
    return this._range(this._rect);
  }
  setFormulas(formulas: unknown): object {
    const rows = Array.from(check2D(formulas, this._rect, 'setFormulas'), (r) => Array.from(r, (f) => (f === null || f === undefined ? '' : String(f))));
    this._c.book.writeFormulas(this._sheet, this._rect, rows);
    return this._range(this._rect);
  }
  /** A rich-text value is stored as its literal text: never a formula, number or date, whatever the format. */
  setRichTextValue(value: unknown): object {
    const text = richTextOf(this._c, value, 'setRichTextValue');
    this._c.book.writeTexts(this._sheet, this._rect, Array.from({ length: this._rect.numRows }, () => Array<string>(this._rect.numCols).fill(text)));
    return this._range(this._rect);
  }
  setRichTextValues(values: unknown): object {
    const rows = check2D(values, this._rect, 'setRichTextValues').map((r) => r.map((v) => richTextOf(this._c, v, 'setRichTextValues')));
    this._c.book.writeTexts(this._sheet, this._rect, rows);
    return this._range(this._rect);
  }
  /** Documented: "or null if the cell value is not text" (an empty cell is the empty text). */
  getRichTextValue(): object | null {
    const v = this._first();
    return typeof v === 'string' ? richTextFor(this._c, v) : null;
  }
  getRichTextValues(): unknown[][] {
    const vals = this._c.book.engine.values(this._sheet, this._rect);
    return realmArray(this._c.realm, vals.map((r) => realmArray(this._c.realm, r.map((v) => (typeof v === 'string' ? richTextFor(this._c, v) : null))))) as unknown[][];
  }
  isBlank(): boolean {
    return this._c.book.engine.values(this._sheet, this._rect).every((r) => r.every((v) => v === ''));
  }
  clearContent(): object {
    this._c.book.clearContent(this._sheet, this._rect);
    return this._range(this._rect);
  }
  clearFormat(): object {
    const r = this._rect;
    this._sheet.formats.clearRect(r.row, r.col, r.numRows, r.numCols);
    this._c.book.engine.retype(this._sheet, r);
    return this._range(this._rect);
  }
  clear(options?: Record<string, unknown>): object {
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const r = this._rect;
    if (!only || o.contentsOnly) this._c.book.clearContent(this._sheet, r);
    if (!only || o.formatOnly) {
      this._sheet.formats.clearRect(r.row, r.col, r.numRows, r.numCols);
      this._c.book.engine.retype(this._sheet, r);
    }
    if (o.commentsOnly) this._sheet.notes.clearRect(r.row, r.col, r.numRows, r.numCols);
    if (o.validationsOnly) this._sheet.validations.clearRect(r.row, r.col, r.numRows, r.numCols);
    return this._range(this._rect);
  }
  insertCheckboxes(): object {
    this._cells((r, c) => this._sheet.validations.set(r, c, { type: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' }));
    const vals = this._c.book.engine.values(this._sheet, this._rect).map((row) => row.map((v) => (v === '' ? false : v)));
    this._c.book.writeValues(this._sheet, this._rect, vals);
    return this._range(this._rect);
  }
}

/** setFormula on a multi-cell range adjusts relative references per cell, as Sheets does. */
function shiftRelative(formula: string, di: number, dj: number): string {
  if (di === 0 && dj === 0) return formula;
  return formula.replace(/("(?:[^"]|"")*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (all, str: string | undefined, d1: string, col: string, d2: string, row: string) => {
    if (str !== undefined) return all;
    const c = d1 ? col : colToLetters(lettersToCol(col) + dj);
    return `${d1}${c}${d2}${d2 ? row : Number(row) + di}`;
  });
}

export function createRange(c: Ctx, sheet: SheetModel, rect: Rect): object {
  return c.rt.wrap('Range', new RangeImpl(c, sheet, rect));
}
registerRangeFactory(createRange);
