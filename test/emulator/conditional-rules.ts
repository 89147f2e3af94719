// Conditional format rules: the rule builder, the built rule and its boolean condition.
import type { RuleData } from './book.js';
import type { Ctx } from './ctx.js';
import { mismatch } from './ctx.js';
import { ScriptError } from './counting.js';
import { rangeOf, rangesIn } from './range-base.js';
import { toRealm } from './realm.js';

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
  getRanges(): unknown { return rangesIn(this._c, this._d.ranges); }
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
    if (!Array.isArray(ranges)) throw mismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', 'Object');
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
