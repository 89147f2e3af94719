// Sheet service: ranges, size (insert/delete rows and columns), frozen panes, sizes, clearing, rules, protections.
import { parseA1, resolveA1 } from './a1.js';
import type { Axis, Rect } from './a1.js';
import type { SheetModel } from './book.js';
import { chartMethods } from './charts.js';
import type { Ctx } from './ctx.js';
import { mismatch } from './ctx.js';
import { ScriptError } from './counting.js';
import { cloneRule, ConditionalFormatRuleImpl } from './conditional-rules.js';
import { makeNamedRange, protectionsOf, wrapProtection } from './protection.js';
import { checkCoords, checkInside, makeRange } from './range-base.js';
import { realmArray, rowsToRealm, toRealm } from './realm.js';

/** Resolves an A1 string on a sheet, with Sheets' errors. */
export function rectFromA1(sheet: SheetModel, a1: unknown): Rect {
  if (typeof a1 !== 'string') throw new ScriptError('Range not found');
  const p = parseA1(a1);
  if (!p) throw new ScriptError('Range not found');
  return checkInside(sheet, resolveA1(p, sheet.maxRows, sheet.maxCols));
}

/** What differs between rows and columns for insertions and deletions (names as in Sheets' messages). */
interface Dim { axis: Axis; name: string; max: 'maxRows' | 'maxCols'; frozen: 'frozenRows' | 'frozenCols' }
const ROWS: Dim = { axis: 'rows', name: 'rows', max: 'maxRows', frozen: 'frozenRows' };
const COLS: Dim = { axis: 'cols', name: 'columns', max: 'maxCols', frozen: 'frozenCols' };

export class SheetImpl {
  constructor(readonly _c: Ctx, readonly _s: SheetModel) {}
  private _self(): object { return makeSheet(this._c, this._s); }
  private get _book() { return this._c.book; }

  getName(): string { return this._s.name; }
  getSheetName(): string { return this._s.name; }
  setName(name: string): object { this._book.renameSheet(this._s, String(name)); return this._self(); }
  getSheetId(): number { return this._s.id; }
  getIndex(): number { return this._book.sheets.indexOf(this._s) + 1; }
  getParent(): object { return this._c.spreadsheet(); }
  getMaxRows(): number { return this._s.maxRows; }
  getMaxColumns(): number { return this._s.maxCols; }
  getLastRow(): number { return this._s.extent().lastRow; }
  getLastColumn(): number { return this._s.extent().lastCol; }

  getRange(a: unknown, col?: number, numRows?: number, numCols?: number): object {
    if (typeof a === 'string') return makeRange(this._c, this._s, rectFromA1(this._s, a));
    return makeRange(this._c, this._s, checkCoords(this._s, a as number, col as number, numRows ?? 1, numCols ?? 1));
  }
  /** Documented: "A -1 value given as the row or column position is equivalent to getting the very last row or column
   *  that has data in the sheet" — in practice numRows/numColumns -1 read through the last row/column with data. */
  getSheetValues(row: number, col: number, numRows: number, numCols: number): unknown[][] {
    const { lastRow, lastCol } = this._s.extent();
    const r = row === -1 ? lastRow : row, c = col === -1 ? lastCol : col;
    const nr = numRows === -1 ? lastRow - r + 1 : numRows, nc = numCols === -1 ? lastCol - c + 1 : numCols;
    if ((numRows === -1 && nr < 1) || (numCols === -1 && nc < 1)) return realmArray(this._c.realm, []) as unknown[][];
    const rect = checkCoords(this._s, r, c, nr, nc);
    return rowsToRealm(this._c.realm, this._book.engine.values(this._s, rect));
  }
  getDataRange(): object {
    return makeRange(this._c, this._s, this._s.dataRect());
  }
  getRangeList(a1s: unknown): object {
    if (!Array.isArray(a1s)) throw mismatch('SpreadsheetApp.Sheet.getRangeList', 'String');
    return this._c.rangeList(Array.from(a1s as unknown[], (a) => ({ sheet: this._s, rect: rectFromA1(this._s, a) })));
  }

  insertRowsAfter(after: number, n: number): object { return this.insertRows(after + 1, n); }
  insertRowsBefore(before: number, n: number): object { return this.insertRows(before, n); }
  insertRowAfter(after: number): object { return this.insertRows(after + 1, 1); }
  insertRowBefore(before: number): object { return this.insertRows(before, 1); }
  insertRows(at: number, n = 1): object { this._insert(ROWS, at, n); return this._self(); }
  insertColumnsAfter(after: number, n: number): object { return this.insertColumns(after + 1, n); }
  insertColumnsBefore(before: number, n: number): object { return this.insertColumns(before, n); }
  insertColumnAfter(after: number): object { return this.insertColumns(after + 1, 1); }
  insertColumnBefore(before: number): object { return this.insertColumns(before, 1); }
  insertColumns(at: number, n = 1): object { this._insert(COLS, at, n); return this._self(); }
  deleteRows(at: number, n: number): void { this._delete(ROWS, at, n); }
  deleteRow(at: number): object { this.deleteRows(at, 1); return this._self(); }
  deleteColumns(at: number, n: number): void { this._delete(COLS, at, n); }
  deleteColumn(at: number): object { this.deleteColumns(at, 1); return this._self(); }
  private _insert(d: Dim, at: number, n: number): void {
    const max = this._s[d.max];
    if (at < 1 || at > max + 1) throw new ScriptError(`Those ${d.name} are out of bounds.`);
    if (n < 1) throw new ScriptError(`The number of ${d.name} in the range must be at least 1.`);
    if (at > max) this._book.grow(this._s, d.axis === 'rows' ? n : 0, d.axis === 'cols' ? n : 0);
    else this._book.shift(this._s, d.axis, at, n);
  }
  private _delete(d: Dim, at: number, n: number): void {
    const max = this._s[d.max], frozen = this._s[d.frozen];
    if (at < 1 || n < 1 || at + n - 1 > max) throw new ScriptError(`Those ${d.name} are out of bounds.`);
    if (n >= max) throw new ScriptError(`You can't delete all the ${d.name} on the sheet.`);
    if (frozen > 0 && max - n <= frozen) throw new ScriptError(`Sorry, it is not possible to delete all non-frozen ${d.name}.`);
    this._book.shift(this._s, d.axis, at + n, -n);
  }
  appendRow(values: unknown): object {
    if (!Array.isArray(values)) throw mismatch('SpreadsheetApp.Sheet.appendRow', 'String');
    const row = this._s.extent().lastRow + 1;
    if (row > this._s.maxRows) this._book.grow(this._s, 1, 0);
    if (values.length > this._s.maxCols) this._book.grow(this._s, 0, values.length - this._s.maxCols);
    if (values.length > 0) this._book.writeValues(this._s, { row, col: 1, numRows: 1, numCols: values.length }, [values]);
    return this._self();
  }

  setFrozenRows(n: number): void { this._s.frozenRows = n; }
  getFrozenRows(): number { return this._s.frozenRows; }
  setFrozenColumns(n: number): void { this._s.frozenCols = n; }
  getFrozenColumns(): number { return this._s.frozenCols; }
  setColumnWidth(col: number, w: number): object { this._s.colWidths.set(col, w); return this._self(); }
  setColumnWidths(start: number, n: number, w: number): object {
    for (let c = start; c < start + n; c++) this._s.colWidths.set(c, w);
    return this._self();
  }
  getColumnWidth(col: number): number { return this._s.colWidths.get(col) ?? 100; }
  setRowHeight(row: number, h: number): object { this._s.rowHeights.set(row, h); return this._self(); }
  setRowHeights(start: number, n: number, h: number): object {
    for (let r = start; r < start + n; r++) this._s.rowHeights.set(r, h);
    return this._self();
  }
  getRowHeight(row: number): number { return this._s.rowHeights.get(row) ?? 21; }
  autoResizeColumns(start: number, n: number): object {
    for (let c = start; c < start + n; c++) this._s.colWidths.delete(c);
    return this._self();
  }
  autoResizeColumn(col: number): object { return this.autoResizeColumns(col, 1); }

  clear(options?: Record<string, unknown>): object {
    const all = { row: 1, col: 1, numRows: this._s.maxRows, numCols: this._s.maxCols };
    const o = options ?? {};
    if (!o.formatOnly) this._book.clearContent(this._s, all);
    if (!o.contentsOnly) {
      this._s.formats.map.clear();
      this._book.engine.retype(this._s);
    }
    return this._self();
  }
  clearContents(): object { return this.clear({ contentsOnly: true }); }
  clearFormats(): object { return this.clear({ formatOnly: true }); }
  clearNotes(): object { this._s.notes.map.clear(); return this._self(); }
  clearConditionalFormatRules(): void { this._s.rules = []; }
  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules)) throw mismatch('SpreadsheetApp.Sheet.setConditionalFormatRules', 'Object');
    this._s.rules = Array.from(rules as unknown[], (r) => {
      const impl = this._c.rt.unwrap<ConditionalFormatRuleImpl>(r);
      if (!(impl instanceof ConditionalFormatRuleImpl)) throw mismatch('SpreadsheetApp.Sheet.setConditionalFormatRules', 'Object[]');
      return cloneRule(impl._d);
    });
  }
  getConditionalFormatRules(): unknown {
    return realmArray(this._c.realm, this._s.rules.map((d) => this._c.rt.wrap('ConditionalFormatRule', new ConditionalFormatRuleImpl(this._c, d))));
  }

  activate(): object { this._book.activeSheetId = this._s.id; this._book.selection = null; return this._self(); }
  setTabColor(c: string | null): object { this._s.tabColor = c; return this._self(); }
  getTabColor(): string | null { return this._s.tabColor; }
  hideSheet(): object {
    if (this._book.sheets.filter((s) => !s.hidden).length <= 1) throw new ScriptError("You can't hide all the sheets in a document.");
    this._s.hidden = true;
    return this._self();
  }
  showSheet(): object { this._s.hidden = false; return this._self(); }
  isSheetHidden(): boolean { return this._s.hidden; }
  setHiddenGridlines(h: boolean): object { this._s.hiddenGridlines = Boolean(h); return this._self(); }
  hasHiddenGridlines(): boolean { return this._s.hiddenGridlines; }

  protect(): object {
    let d = this._s.protections.find((p) => p.kind === 'SHEET');
    if (!d) {
      d = { id: this._s.protections.length + 1, kind: 'SHEET', rect: null, description: '', warningOnly: false, editors: [] };
      this._s.protections.push(d);
    }
    return wrapProtection(this._c, this._s, d);
  }
  getProtections(type: unknown): unknown {
    return protectionsOf(this._c, [this._s], type, 'SpreadsheetApp.Sheet.getProtections');
  }
  getNamedRanges(): unknown {
    return realmArray(this._c.realm, [...this._book.named].filter(([, n]) => n.sheetId === this._s.id).map(([name]) => makeNamedRange(this._c, name)));
  }
}
Object.assign(SheetImpl.prototype, chartMethods);

export function makeSheet(c: Ctx, s: SheetModel): object {
  return c.rt.wrap('Sheet', new SheetImpl(c, s));
}
