// Protections (range and sheet, warning-only or with editors) and named ranges.
import type { ProtectionData, RangeRef, SheetModel } from './book.js';
import type { Ctx } from './ctx.js';
import { ScriptError } from './counting.js';
import { enumName, mismatch } from './ctx.js';
import { makeRange, rangeOf } from './range-base.js';
import { realmArray, toRealm } from './realm.js';

/** The script-facing Protection of `d` on `sheet`. */
export function wrapProtection(c: Ctx, sheet: SheetModel, d: ProtectionData): object {
  return c.rt.wrap('Protection', new ProtectionImpl(c, sheet, d));
}

/** Script-facing protections of one kind (a ProtectionType) on `sheets`, as Sheet/Spreadsheet.getProtections. */
export function protectionsOf(c: Ctx, sheets: SheetModel[], type: unknown, method: string): unknown[] {
  const kind = enumName(type);
  if (kind !== 'RANGE' && kind !== 'SHEET') throw mismatch(method, 'null');
  return realmArray(c.realm, sheets.flatMap((s) => s.protections.filter((p) => p.kind === kind).map((p) => wrapProtection(c, s, p))));
}

export class ProtectionImpl {
  constructor(readonly _c: Ctx, readonly _sheet: SheetModel, readonly _d: ProtectionData) {}
  private _self(): object { return wrapProtection(this._c, this._sheet, this._d); }
  setDescription(d: string): object { this._d.description = String(d); return this._self(); }
  getDescription(): string { return this._d.description; }
  setWarningOnly(w: boolean): object { this._d.warningOnly = Boolean(w); return this._self(); }
  isWarningOnly(): boolean { return this._d.warningOnly; }
  getProtectionType(): object { return this._c.enums.ProtectionType?.[this._d.kind] ?? {}; }
  getRange(): object {
    return makeRange(this._c, this._sheet, this._d.rect ?? { row: 1, col: 1, numRows: this._sheet.maxRows, numCols: this._sheet.maxCols });
  }
  /** Moves a RANGE protection to another range (possibly on another sheet). */
  setRange(range: unknown): object {
    const r = rangeOf(this._c, range, 'SpreadsheetApp.Protection.setRange');
    if (this._d.kind !== 'RANGE') throw new ScriptError('Protection.setRange is only valid for a range protection (emulator: unverified message).');
    if (r.sheet !== this._sheet) {
      this._sheet.protections = this._sheet.protections.filter((p) => p !== this._d);
      r.sheet.protections.push(this._d);
    }
    this._d.rect = { ...r.rect };
    return wrapProtection(this._c, r.sheet, this._d);
  }
  canEdit(): boolean { return true; }
  addEditor(e: unknown): object { this._d.editors.push(String(e)); return this._self(); }
  removeEditors(list: unknown): object {
    const rm = new Set(Array.from(Array.isArray(list) ? (list as unknown[]) : [list], String));
    this._d.editors = this._d.editors.filter((e) => !rm.has(e));
    return this._self();
  }
  getEditors(): unknown { return toRealm(this._c.realm, []); }
  remove(): void { this._sheet.protections = this._sheet.protections.filter((p) => p !== this._d); }
}

/** A name Sheets accepts for a named range: letters, digits, underscores and dots, not starting with a digit, not
 *  TRUE/FALSE, not a cell reference, at most 250 characters. */
export function checkNamedRangeName(name: unknown): string {
  const n = String(name);
  if (!/^[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*$/.test(n) || n.length > 250 || /^[A-Za-z]{1,3}\d+$/.test(n) || /^R\d*C\d*$/i.test(n) || /^(true|false)$/i.test(n)) {
    throw new ScriptError(`Named range name "${n}" is invalid.`);
  }
  return n;
}

export function makeNamedRange(c: Ctx, name: string): object {
  return c.rt.wrap('NamedRange', new NamedRangeImpl(c, name));
}

export class NamedRangeImpl {
  constructor(readonly _c: Ctx, public _name: string) {}
  private _ref(): RangeRef {
    const k = this._c.book.namedKey(this._name);
    const n = k === undefined ? undefined : this._c.book.named.get(k);
    if (!n || !this._c.book.byId(n.sheetId)) throw new ScriptError('Range not found');
    return n;
  }
  getName(): string { return this._name; }
  getRange(): object {
    const n = this._ref();
    return makeRange(this._c, this._c.book.byId(n.sheetId) as SheetModel, n.rect);
  }
  setRange(range: unknown): object {
    this._ref();
    const r = rangeOf(this._c, range, 'SpreadsheetApp.NamedRange.setRange');
    this._c.book.setNamed(this._name, { sheetId: r.sheet.id, rect: r.rect });
    return makeNamedRange(this._c, this._name);
  }
  setName(name: string): object {
    const n = checkNamedRangeName(name);
    const ref = this._ref();
    const other = this._c.book.namedKey(n);
    if (other !== undefined && other.toLowerCase() !== this._name.toLowerCase()) throw new ScriptError(`A named range called "${n}" already exists.`);
    this._c.book.removeNamed(this._name);
    this._c.book.setNamed(n, ref);
    this._name = n;
    return makeNamedRange(this._c, n);
  }
  remove(): void { this._c.book.removeNamed(this._name); }
}
