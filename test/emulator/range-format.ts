// Range formatting: number formats, colours, fonts, alignment, wrap, borders, notes, validation, merges, protect.
import { contains, intersects, type Rect } from './a1.js';
import type { CellFormat, ValidationData } from './book.js';
import type { DefaultedFormat } from './sheet-model.js';
import { enumName, mismatch } from './ctx.js';
import { wrapProtection } from './protection.js';
import { DataValidationImpl } from './validation.js';
import { RangeBase, check2D } from './range-base.js';

type FmtKey = keyof CellFormat;

export class RangeFormats extends RangeBase {
  protected _setAll(key: FmtKey, v: unknown): object {
    this._cells((r, c) => this._sheet.setFormat(r, c, { [key]: v === null ? undefined : v }));
    if (key === 'numberFormat') this._c.book.engine.retype(this._sheet, this._rect);
    return this._range(this._rect);
  }
  protected _set2D(key: FmtKey, rows: unknown, method: string, convert: (v: unknown) => unknown = (v) => v): object {
    const data = check2D(rows, this._rect, method);
    this._cells((r, c, i, j) => {
      const v = data[i]?.[j];
      this._sheet.setFormat(r, c, { [key]: v === null || v === '' ? undefined : convert(v) });
    });
    if (key === 'numberFormat') this._c.book.engine.retype(this._sheet, this._rect);
    return this._range(this._rect);
  }
  protected _get(key: DefaultedFormat): unknown {
    return this._sheet.formatOf(this._rect.row, this._rect.col, key);
  }
  protected _get2D(key: DefaultedFormat): unknown[][] {
    return this._grid((r, c) => this._sheet.formatOf(r, c, key));
  }

  setNumberFormat(f: string): object { return this._setAll('numberFormat', String(f)); }
  setNumberFormats(rows: unknown): object { return this._set2D('numberFormat', rows, 'setNumberFormats'); }
  getNumberFormat(): unknown { return this._get('numberFormat'); }
  getNumberFormats(): unknown[][] { return this._get2D('numberFormat'); }
  setBackground(c: string | null): object { return this._setAll('background', c); }
  setBackgroundColor(c: string | null): object { return this._setAll('background', c); }
  setBackgrounds(rows: unknown): object { return this._set2D('background', rows, 'setBackgrounds'); }
  getBackground(): unknown { return this._get('background'); }
  getBackgrounds(): unknown[][] { return this._get2D('background'); }
  setFontWeight(w: string | null): object { return this._setAll('fontWeight', w); }
  setFontWeights(rows: unknown): object { return this._set2D('fontWeight', rows, 'setFontWeights'); }
  getFontWeight(): unknown { return this._get('fontWeight'); }
  getFontWeights(): unknown[][] { return this._get2D('fontWeight'); }
  setFontColor(c: string | null): object { return this._setAll('fontColor', c); }
  setFontColors(rows: unknown): object { return this._set2D('fontColor', rows, 'setFontColors'); }
  getFontColor(): unknown { return this._get('fontColor'); }
  getFontColors(): unknown[][] { return this._get2D('fontColor'); }
  setFontSize(s: number | null): object { return this._setAll('fontSize', s); }
  setFontSizes(rows: unknown): object { return this._set2D('fontSize', rows, 'setFontSizes'); }
  getFontSize(): unknown { return this._get('fontSize'); }
  setFontStyle(s: string | null): object { return this._setAll('fontStyle', s); }
  setFontStyles(rows: unknown): object { return this._set2D('fontStyle', rows, 'setFontStyles'); }
  getFontStyle(): unknown { return this._get('fontStyle'); }
  setFontFamily(s: string | null): object { return this._setAll('fontFamily', s); }
  getFontFamily(): unknown { return this._get('fontFamily'); }
  setHorizontalAlignment(a: string | null): object { return this._setAll('hAlign', a); }
  setHorizontalAlignments(rows: unknown): object { return this._set2D('hAlign', rows, 'setHorizontalAlignments'); }
  getHorizontalAlignment(): unknown { return this._get('hAlign'); }
  setVerticalAlignment(a: string | null): object { return this._setAll('vAlign', a); }
  setVerticalAlignments(rows: unknown): object { return this._set2D('vAlign', rows, 'setVerticalAlignments'); }
  getVerticalAlignment(): unknown { return this._get('vAlign'); }
  setWrap(w: boolean): object { return this._setAll('wrap', Boolean(w)); }
  setWraps(rows: unknown): object { return this._set2D('wrap', rows, 'setWraps'); }
  getWrap(): unknown { return this._get('wrap'); }
  setWrapStrategy(s: unknown): object { return this._setAll('wrapStrategy', enumName(s)); }
  setWrapStrategies(rows: unknown): object { return this._set2D('wrapStrategy', rows, 'setWrapStrategies', enumName); }
  setBorder(...args: unknown[]): object {
    const [top, left, bottom, right, vertical, horizontal, color, style] = args;
    const desc = JSON.stringify({ top, left, bottom, right, vertical, horizontal, color: color ?? null, style: style === undefined ? null : enumName(style) });
    return this._setAll('border', desc);
  }

  setNote(note: string | null): object {
    this._cells((r, c) => this._sheet.notes.set(r, c, note === null || note === '' ? undefined : String(note)));
    return this._range(this._rect);
  }
  setNotes(rows: unknown): object {
    const data = check2D(rows, this._rect, 'setNotes');
    this._cells((r, c, i, j) => {
      const v = data[i]?.[j];
      this._sheet.notes.set(r, c, v === null || v === undefined || v === '' ? undefined : String(v));
    });
    return this._range(this._rect);
  }
  getNote(): string { return this._sheet.notes.get(this._rect.row, this._rect.col) ?? ''; }
  getNotes(): unknown[][] { return this._grid((r, c) => this._sheet.notes.get(r, c) ?? ''); }
  clearNote(): object { return this.setNote(null); }

  setDataValidation(rule: unknown): object {
    const d = rule === null ? undefined : this._validation(rule);
    this._cells((r, c) => this._sheet.validations.set(r, c, d));
    return this._range(this._rect);
  }
  setDataValidations(rows: unknown): object {
    const data = check2D(rows, this._rect, 'setDataValidations');
    this._cells((r, c, i, j) => {
      const v = data[i]?.[j];
      this._sheet.validations.set(r, c, v === null || v === undefined ? undefined : this._validation(v));
    });
    return this._range(this._rect);
  }
  private _validation(rule: unknown): ValidationData {
    const impl = this._c.rt.unwrap<DataValidationImpl>(rule);
    if (!(impl instanceof DataValidationImpl)) throw mismatch('SpreadsheetApp.Range.setDataValidation', 'Object');
    return { ...impl._d, values: [...impl._d.values] };
  }
  private _validationAt(row: number, col: number): object | null {
    const d = this._sheet.validations.get(row, col);
    return d ? this._c.rt.wrap('DataValidation', new DataValidationImpl(this._c, d)) : null;
  }
  getDataValidation(): object | null { return this._validationAt(this._rect.row, this._rect.col); }
  getDataValidations(): unknown[][] { return this._grid((r, c) => this._validationAt(r, c)); }
  clearDataValidations(): object { return this.setDataValidation(null); }

  /** Merges `r` (replacing merges it touches); only its top-left cell keeps its content. */
  private _merge(r: Rect): void {
    this._sheet.merges = this._sheet.merges.filter((m) => !intersects(m, r));
    if (r.numRows > 1 || r.numCols > 1) this._sheet.merges.push({ ...r });
    if (r.numCols > 1) this._c.book.clearContent(this._sheet, { ...r, col: r.col + 1, numCols: r.numCols - 1 });
    if (r.numRows > 1) this._c.book.clearContent(this._sheet, { ...r, row: r.row + 1, numRows: r.numRows - 1, numCols: 1 });
  }
  merge(): object { this._merge(this._rect); return this._range(this._rect); }
  mergeAcross(): object {
    for (let i = 0; i < this._rect.numRows; i++) this._merge({ ...this._rect, row: this._rect.row + i, numRows: 1 });
    return this._range(this._rect);
  }
  mergeVertically(): object {
    for (let j = 0; j < this._rect.numCols; j++) this._merge({ ...this._rect, col: this._rect.col + j, numCols: 1 });
    return this._range(this._rect);
  }
  breakApart(): object {
    const r = this._rect;
    this._sheet.merges = this._sheet.merges.filter((m) => !contains(r, m));
    return this._range(this._rect);
  }
  isPartOfMerge(): boolean {
    const r = this._rect;
    return this._sheet.merges.some((m) => intersects(m, r));
  }

  protect(): object {
    const d = { id: this._sheet.protections.length + 1, kind: 'RANGE' as const, rect: { ...this._rect }, description: '', warningOnly: false, editors: [] };
    this._sheet.protections.push(d);
    return wrapProtection(this._c, this._sheet, d);
  }
}
