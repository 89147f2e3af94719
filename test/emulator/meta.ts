// Data validation, conditional format rules, protections and named ranges (builders and built objects).
import type { Rect } from './a1.js';
import { rectToA1, quoteSheet } from './a1.js';
import type { RuleData, SheetModel, ValidationData, ProtectionData } from './book.js';
import type { Ctx } from './ctx.js';
import { enumName } from './ctx.js';
import { ScriptError } from './counting.js';
import { fromRealm, toRealm } from './realm.js';
import { makeRange } from './range-base.js';
import type { RangeBase } from './range-base.js';

/** A range handed back by the script, unwrapped to its model (throws on anything else). */
export function rangeOf(c: Ctx, v: unknown, what: string): { sheet: SheetModel; rect: Rect } {
  const r = c.rt.unwrap<RangeBase>(v);
  if (!r || !('_rect' in r)) throw new ScriptError(`The parameters (${typeof v}) don't match the method signature for ${what}.`);
  return { sheet: r._sheet, rect: r._rect };
}

export function refText(c: Ctx, ref: { sheetId: number; rect: Rect }): string {
  const s = c.book.byId(ref.sheetId);
  return `${quoteSheet(s?.name ?? '?')}!${rectToA1(ref.rect)}`;
}

export class DataValidationImpl {
  constructor(readonly _c: Ctx, readonly _d: ValidationData) {}
  getCriteriaType(): object { return this._c.enums.DataValidationCriteria?.[this._d.type] ?? {}; }
  getCriteriaValues(): unknown {
    const vals = this._d.values.map((v) => {
      if (v && typeof v === 'object' && 'sheetId' in v) {
        const ref = v as { sheetId: number; rect: Rect };
        const s = this._c.book.byId(ref.sheetId);
        return s ? makeRange(this._c, s, ref.rect) : null;
      }
      return toRealm(this._c.realm, v);
    });
    const out = new this._c.realm.Array() as unknown[];
    out.push(...vals);
    return out;
  }
  getAllowInvalid(): boolean { return this._d.allowInvalid; }
  getHelpText(): string { return this._d.helpText; }
  copy(): object { return makeValidationBuilder(this._c, { ...this._d }); }
}

export class DataValidationBuilderImpl extends DataValidationImpl {
  private _set(type: string, values: unknown[]): object {
    this._d.type = type;
    this._d.values = values;
    return this._c.rt.wrap('DataValidationBuilder', this);
  }
  requireValueInList(values: unknown, showDropdown?: boolean): object {
    if (!Array.isArray(values)) throw new ScriptError('The parameters (String) don\'t match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.');
    return this._set('VALUE_IN_LIST', [Array.from(values as unknown[], String), showDropdown ?? true]);
  }
  requireValueInRange(range: unknown, showDropdown?: boolean): object {
    const r = rangeOf(this._c, range, 'SpreadsheetApp.DataValidationBuilder.requireValueInRange');
    return this._set('VALUE_IN_RANGE', [{ sheetId: r.sheet.id, rect: r.rect }, showDropdown ?? true]);
  }
  requireNumberBetween(a: number, b: number): object { return this._set('NUMBER_BETWEEN', [a, b]); }
  requireNumberNotBetween(a: number, b: number): object { return this._set('NUMBER_NOT_BETWEEN', [a, b]); }
  requireNumberGreaterThan(a: number): object { return this._set('NUMBER_GREATER_THAN', [a]); }
  requireNumberGreaterThanOrEqualTo(a: number): object { return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]); }
  requireNumberLessThan(a: number): object { return this._set('NUMBER_LESS_THAN', [a]); }
  requireNumberLessThanOrEqualTo(a: number): object { return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]); }
  requireNumberEqualTo(a: number): object { return this._set('NUMBER_EQUAL_TO', [a]); }
  requireDate(): object { return this._set('DATE_IS_VALID_DATE', []); }
  requireDateAfter(d: unknown): object { return this._set('DATE_AFTER', [fromRealm(d)]); }
  requireDateBefore(d: unknown): object { return this._set('DATE_BEFORE', [fromRealm(d)]); }
  requireDateOnOrAfter(d: unknown): object { return this._set('DATE_ON_OR_AFTER', [fromRealm(d)]); }
  requireDateOnOrBefore(d: unknown): object { return this._set('DATE_ON_OR_BEFORE', [fromRealm(d)]); }
  requireDateBetween(a: unknown, b: unknown): object { return this._set('DATE_BETWEEN', [fromRealm(a), fromRealm(b)]); }
  requireCheckbox(checked?: unknown, unchecked?: unknown): object {
    return this._set('CHECKBOX', checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked]);
  }
  requireTextIsEmail(): object { return this._set('TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl(): object { return this._set('TEXT_IS_VALID_URL', []); }
  requireTextContains(t: string): object { return this._set('TEXT_CONTAINS', [t]); }
  requireTextEqualTo(t: string): object { return this._set('TEXT_EQUAL_TO', [t]); }
  requireFormulaSatisfied(f: string): object { return this._set('CUSTOM_FORMULA', [f]); }
  setAllowInvalid(v: boolean): object { this._d.allowInvalid = Boolean(v); return this._c.rt.wrap('DataValidationBuilder', this); }
  setHelpText(t: string): object { this._d.helpText = String(t); return this._c.rt.wrap('DataValidationBuilder', this); }
  build(): object {
    if (this._d.type === '') throw new ScriptError('You must specify a criteria before building the data validation rule.');
    return this._c.rt.wrap('DataValidation', new DataValidationImpl(this._c, { ...this._d, values: [...this._d.values] }));
  }
}

export function makeValidationBuilder(c: Ctx, d?: ValidationData): object {
  return c.rt.wrap('DataValidationBuilder', new DataValidationBuilderImpl(c, d ?? { type: '', values: [], allowInvalid: true, helpText: '' }));
}

export class BooleanConditionImpl {
  constructor(readonly _c: Ctx, readonly _d: RuleData) {}
  getCriteriaType(): object { return this._c.enums.BooleanCriteria?.[this._d.condition?.type ?? ''] ?? {}; }
  getCriteriaValues(): unknown { return toRealm(this._c.realm, this._d.condition?.values ?? []); }
  getBackground(): string | null { return this._d.background ?? null; }
  getFontColor(): string | null { return this._d.fontColor ?? null; }
  getBold(): boolean | null { return this._d.bold ?? null; }
}

export class ConditionalFormatRuleImpl {
  constructor(readonly _c: Ctx, readonly _d: RuleData) {}
  getRanges(): unknown {
    const out = new this._c.realm.Array() as unknown[];
    for (const r of this._d.ranges) {
      const s = this._c.book.byId(r.sheetId);
      if (s) out.push(makeRange(this._c, s, r.rect));
    }
    return out;
  }
  getBooleanCondition(): object | null { return this._d.condition ? this._c.rt.wrap('BooleanCondition', new BooleanConditionImpl(this._c, this._d)) : null; }
  copy(): object { return this._c.rt.wrap('ConditionalFormatRuleBuilder', new RuleBuilderImpl(this._c, cloneRule(this._d))); }
}

export function cloneRule(d: RuleData): RuleData {
  return { ...d, ranges: d.ranges.map((r) => ({ ...r })), condition: d.condition ? { ...d.condition, values: [...d.condition.values] } : null };
}

export class RuleBuilderImpl extends ConditionalFormatRuleImpl {
  private _self(): object { return this._c.rt.wrap('ConditionalFormatRuleBuilder', this); }
  private _when(type: string, values: unknown[]): object { this._d.condition = { type, values }; return this._self(); }
  whenFormulaSatisfied(f: string): object { return this._when('CUSTOM_FORMULA', [String(f)]); }
  whenTextEqualTo(t: string): object { return this._when('TEXT_EQ', [String(t)]); }
  whenTextContains(t: string): object { return this._when('TEXT_CONTAINS', [String(t)]); }
  whenTextStartsWith(t: string): object { return this._when('TEXT_STARTS_WITH', [String(t)]); }
  whenNumberGreaterThan(n: number): object { return this._when('NUMBER_GREATER_THAN', [n]); }
  whenNumberGreaterThanOrEqualTo(n: number): object { return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  whenNumberLessThan(n: number): object { return this._when('NUMBER_LESS_THAN', [n]); }
  whenNumberLessThanOrEqualTo(n: number): object { return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  whenNumberBetween(a: number, b: number): object { return this._when('NUMBER_BETWEEN', [a, b]); }
  whenNumberEqualTo(n: number): object { return this._when('NUMBER_EQ', [n]); }
  whenCellEmpty(): object { return this._when('CELL_EMPTY', []); }
  whenCellNotEmpty(): object { return this._when('CELL_NOT_EMPTY', []); }
  setBackground(c: string | null): object { this._d.background = c ?? undefined; return this._self(); }
  setFontColor(c: string | null): object { this._d.fontColor = c ?? undefined; return this._self(); }
  setBold(b: boolean | null): object { this._d.bold = b ?? undefined; return this._self(); }
  setItalic(b: boolean | null): object { this._d.italic = b ?? undefined; return this._self(); }
  setRanges(ranges: unknown): object {
    if (!Array.isArray(ranges)) throw new ScriptError('The parameters (Object) don\'t match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.');
    this._d.ranges = Array.from(ranges as unknown[], (r) => {
      const x = rangeOf(this._c, r, 'SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges');
      return { sheetId: x.sheet.id, rect: x.rect };
    });
    return this._self();
  }
  build(): object {
    if (!this._d.condition) throw new ScriptError('Conditional format rules must have a condition.');
    return this._c.rt.wrap('ConditionalFormatRule', new ConditionalFormatRuleImpl(this._c, cloneRule(this._d)));
  }
}

export class ProtectionImpl {
  constructor(readonly _c: Ctx, readonly _sheet: SheetModel, readonly _d: ProtectionData) {}
  setDescription(d: string): object { this._d.description = String(d); return this._c.rt.wrap('Protection', this); }
  getDescription(): string { return this._d.description; }
  setWarningOnly(w: boolean): object { this._d.warningOnly = Boolean(w); return this._c.rt.wrap('Protection', this); }
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
    return this._c.rt.wrap('Protection', new ProtectionImpl(this._c, r.sheet, this._d));
  }
  canEdit(): boolean { return true; }
  addEditor(e: unknown): object { this._d.editors.push(String(e)); return this._c.rt.wrap('Protection', this); }
  removeEditors(list: unknown): object {
    const rm = new Set(Array.from(Array.isArray(list) ? (list as unknown[]) : [list], String));
    this._d.editors = this._d.editors.filter((e) => !rm.has(e));
    return this._c.rt.wrap('Protection', this);
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

export { enumName };
