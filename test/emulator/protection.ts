// Protections (range and sheet, warning-only or with editors) and named ranges.
import type { ProtectionData, SheetModel } from './book.js';
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

export class NamedRangeImpl {
  constructor(readonly _c: Ctx, readonly _name: string) {}
  getName(): string { return this._name; }
  getRange(): object {
    const n = this._c.book.named.get(this._name);
    const s = n ? this._c.book.byId(n.sheetId) : undefined;
    if (!n || !s) throw new ScriptError('Range not found');
    return makeRange(this._c, s, n.rect);
  }
  remove(): void { this._c.book.named.delete(this._name); this._c.book.engine.rebuild(); }
}
