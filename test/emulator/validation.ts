// Data validation: the builder (requireValueInList, requireNumberBetween…) and the built rule.
import { isRangeRef, type ValidationData } from './book.js';
import type { Ctx } from './ctx.js';
import { mismatch } from './ctx.js';
import { ScriptError } from './counting.js';
import { fromRealm, realmArray, toRealm } from './realm.js';
import { makeRange, rangeOf } from './range-base.js';

export class DataValidationImpl {
  constructor(readonly _c: Ctx, readonly _d: ValidationData) {}
  getCriteriaType(): object { return this._c.enums.DataValidationCriteria?.[this._d.type] ?? {}; }
  getCriteriaValues(): unknown {
    return realmArray(this._c.realm, this._d.values.map((v) => {
      if (isRangeRef(v)) {
        const s = this._c.book.byId(v.sheetId);
        return s ? makeRange(this._c, s, v.rect) : null;
      }
      return toRealm(this._c.realm, v);
    }));
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
    if (!Array.isArray(values)) throw mismatch('SpreadsheetApp.DataValidationBuilder.requireValueInList', 'String');
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
