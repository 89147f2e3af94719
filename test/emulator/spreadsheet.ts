// Spreadsheet, RangeList and the SpreadsheetApp entry point.
import type { Rect } from './a1.js';
import { parseA1, splitSheet } from './a1.js';
import type { SheetModel } from './book.js';
import type { Ctx } from './ctx.js';
import { mismatch, typeName } from './ctx.js';
import { isValidTimeZone } from './tz.js';
import { ScriptError } from './counting.js';
import { RuleBuilderImpl } from './conditional-rules.js';
import { checkNamedRangeName, makeNamedRange, protectionsOf } from './protection.js';
import { makeValidationBuilder } from './validation.js';
import { makeRange, rangeOf } from './range-base.js';
import { RangeImpl } from './range.js';
import { makeSheet, rectFromA1, SheetImpl } from './sheet.js';
import { makeUi } from './ui.js';
import { makeRichTextBuilder, makeTextStyleBuilder } from './richtext.js';
import { realmArray } from './realm.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class SpreadsheetImpl {
  constructor(readonly _c: Ctx) {}
  private get _book() { return this._c.book; }
  private _sheetOf(s: unknown, method: string): SheetModel {
    const impl = this._c.rt.unwrap<SheetImpl>(s);
    if (!(impl instanceof SheetImpl)) throw mismatch(`SpreadsheetApp.Spreadsheet.${method}`, typeof s);
    return impl._s;
  }
  private _arr(items: unknown[]): unknown[] { return realmArray(this._c.realm, items); }
  /** Resolves `'Sheet'!A1:B2` or `A1` (active sheet). */
  private _resolve(a1: unknown): { sheet: SheetModel; rect: Rect } {
    if (typeof a1 !== 'string') throw new ScriptError('Range not found');
    const { sheet: name } = splitSheet(a1);
    const sheet = name === undefined ? this._book.active : this._book.byName(name);
    if (!sheet || !parseA1(a1)) throw new ScriptError('Range not found');
    return { sheet, rect: rectFromA1(sheet, a1) };
  }

  getId(): string { return this._book.id; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._book.id}/edit`; }
  getName(): string { return this._book.name; }
  rename(name: string): void { this._book.name = String(name); }
  getSpreadsheetTimeZone(): string { return this._book.timeZone; }
  /** Cells keep their serials (wall clocks): what they show stays, the instants they mean move; TODAY() follows. */
  setSpreadsheetTimeZone(timeZone: unknown): void {
    if (typeof timeZone !== 'string') throw mismatch('SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone', typeName(timeZone));
    if (!isValidTimeZone(timeZone)) throw new ScriptError(`Invalid argument: timeZone`);
    this._book.timeZone = timeZone;
    this._book.engine.rebuild();
  }
  getSpreadsheetLocale(): string { return 'fr_FR'; }
  getNumSheets(): number { return this._book.sheets.length; }
  getSheets(): unknown[] { return this._arr(this._book.sheets.map((s) => makeSheet(this._c, s))); }
  getSheetByName(name: string): object | null {
    const s = this._book.byName(String(name));
    return s ? makeSheet(this._c, s) : null;
  }
  getSheetById(id: number): object | null {
    const s = this._book.byId(id);
    return s ? makeSheet(this._c, s) : null;
  }
  insertSheet(a?: unknown, b?: unknown): object {
    const name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : undefined;
    const s = this._book.insertSheet(name, index);
    this._book.activeSheetId = s.id;
    return makeSheet(this._c, s);
  }
  deleteSheet(sheet: unknown): void { this._book.deleteSheet(this._sheetOf(sheet, 'deleteSheet')); }
  getActiveSheet(): object { return makeSheet(this._c, this._book.active); }
  setActiveSheet(sheet: unknown): object {
    const s = this._sheetOf(sheet, 'setActiveSheet');
    this._book.activeSheetId = s.id;
    return makeSheet(this._c, s);
  }
  moveActiveSheet(pos: number): void {
    const s = this._book.active;
    if (pos < 1 || pos > this._book.sheets.length) throw new ScriptError('The sheet position is out of bounds.');
    this._book.sheets.splice(this._book.sheets.indexOf(s), 1);
    this._book.sheets.splice(pos - 1, 0, s);
  }
  getRange(a1: string): object {
    const r = this._resolve(a1);
    return makeRange(this._c, r.sheet, r.rect);
  }
  getRangeList(a1s: unknown): object {
    if (!Array.isArray(a1s)) throw mismatch('SpreadsheetApp.Spreadsheet.getRangeList', 'String');
    return this._c.rangeList(Array.from(a1s as unknown[], (a) => this._resolve(a)));
  }
  setActiveSelection(r: unknown): object {
    const x = typeof r === 'string' ? this._resolve(r) : rangeOf(this._c, r, 'SpreadsheetApp.Spreadsheet.setActiveSelection');
    this._book.activeSheetId = x.sheet.id;
    this._book.selection = { sheetId: x.sheet.id, rects: [x.rect] };
    return makeRange(this._c, x.sheet, x.rect);
  }
  setActiveRange(r: unknown): object { return this.setActiveSelection(r); }
  /** The first selected rectangle, or A1 of the active sheet when nothing is selected. */
  private _active(): { sheet: SheetModel; rect: Rect } {
    const sel = this._book.selection;
    const s = sel ? this._book.byId(sel.sheetId) : undefined;
    const r = sel?.rects[0];
    return s && r ? { sheet: s, rect: r } : { sheet: this._book.active, rect: { row: 1, col: 1, numRows: 1, numCols: 1 } };
  }
  getActiveRange(): object {
    const a = this._active();
    return makeRange(this._c, a.sheet, a.rect);
  }
  getActiveCell(): object {
    const a = this._active();
    return makeRange(this._c, a.sheet, { ...a.rect, numRows: 1, numCols: 1 });
  }
  toast(message: unknown, title?: unknown, timeoutSeconds?: number): void {
    this._c.ui.toasts.push({ message: String(message ?? ''), title: title === undefined ? '' : String(title), timeoutSeconds });
  }

  setNamedRange(name: string, range: unknown): void {
    const n = checkNamedRangeName(name);
    const r = rangeOf(this._c, range, 'SpreadsheetApp.Spreadsheet.setNamedRange');
    this._book.setNamed(n, { sheetId: r.sheet.id, rect: r.rect });
  }
  getRangeByName(name: string): object | null {
    const k = this._book.namedKey(String(name));
    const n = k === undefined ? undefined : this._book.named.get(k);
    const s = n ? this._book.byId(n.sheetId) : undefined;
    return n && s ? makeRange(this._c, s, n.rect) : null;
  }
  getNamedRanges(): unknown[] {
    return this._arr([...this._book.named.keys()].map((n) => makeNamedRange(this._c, n)));
  }
  removeNamedRange(name: string): void {
    this._book.removeNamed(String(name));
  }

  /** Every RANGE or SHEET protection of the spreadsheet, sheet by sheet. */
  getProtections(type: unknown): unknown[] {
    return protectionsOf(this._c, this._book.sheets, type, 'SpreadsheetApp.Spreadsheet.getProtections');
  }

  /** The checked email of an email address or a User. */
  private _email(who: unknown): string {
    const email = typeof who === 'string' ? who : String((who as { getEmail?: () => string })?.getEmail?.() ?? who);
    if (!EMAIL.test(email)) throw new ScriptError(`Invalid email: ${email}`);
    return email;
  }
  addViewer(who: unknown): object {
    const email = this._email(who), { viewers, editors } = this._c.shares;
    if (!viewers.includes(email) && !editors.includes(email)) viewers.push(email);
    return this._c.spreadsheet();
  }
  addViewers(list: unknown[]): object { for (const w of list) this.addViewer(w); return this._c.spreadsheet(); }
  /** An editor stops being a viewer. */
  addEditor(who: unknown): object {
    const email = this._email(who), { viewers, editors } = this._c.shares;
    const i = viewers.indexOf(email);
    if (i >= 0) viewers.splice(i, 1);
    if (!editors.includes(email)) editors.push(email);
    return this._c.spreadsheet();
  }
  addEditors(list: unknown[]): object { for (const w of list) this.addEditor(w); return this._c.spreadsheet(); }
  private _users(emails: string[]): unknown[] {
    return this._arr(emails.map((e) => this._c.rt.wrap('User', { getEmail: () => e })));
  }
  getViewers(): unknown[] { return this._users(this._c.shares.viewers); }
  getEditors(): unknown[] { return this._users([this._c.userEmail, ...this._c.shares.editors]); }
  getOwner(): object { return this._c.rt.wrap('User', { getEmail: () => this._c.userEmail }); }
}

export class RangeListImpl {
  constructor(readonly _c: Ctx, readonly _items: Array<{ sheet: SheetModel; rect: Rect }>) {}
  private _each(fn: (r: RangeImpl) => void): object {
    for (const it of this._items) fn(new RangeImpl(this._c, it.sheet, it.rect));
    return this._c.rangeList(this._items);
  }
  getRanges(): unknown[] {
    return realmArray(this._c.realm, this._items.map((it) => makeRange(this._c, it.sheet, it.rect)));
  }
  activate(): object {
    const first = this._items[0];
    if (first) {
      this._c.book.activeSheetId = first.sheet.id;
      this._c.book.selection = { sheetId: first.sheet.id, rects: this._items.map((i) => i.rect) };
    }
    return this._c.rangeList(this._items);
  }
  setBackground(c: string | null): object { return this._each((r) => r.setBackground(c)); }
  setFontWeight(w: string | null): object { return this._each((r) => r.setFontWeight(w)); }
  setFontColor(c: string | null): object { return this._each((r) => r.setFontColor(c)); }
  setNumberFormat(f: string): object { return this._each((r) => r.setNumberFormat(f)); }
  setValue(v: unknown): object { return this._each((r) => r.setValue(v)); }
  setNote(n: string | null): object { return this._each((r) => r.setNote(n)); }
  clearContent(): object { return this._each((r) => r.clearContent()); }
  clear(): object { return this._each((r) => r.clear()); }
}

/** The SpreadsheetApp global (enums are plain properties: reading them is not a call). */
export function makeSpreadsheetApp(c: Ctx): object {
  const e = c.enums;
  const app = {
    ProtectionType: e.ProtectionType, DataValidationCriteria: e.DataValidationCriteria, BooleanCriteria: e.BooleanCriteria,
    BorderStyle: e.BorderStyle, WrapStrategy: e.WrapStrategy, Dimension: e.Dimension, TextDirection: e.TextDirection,
    getActiveSpreadsheet: (): object => c.spreadsheet(),
    getActive: (): object => c.spreadsheet(),
    getActiveSheet: (): object => makeSheet(c, c.book.active),
    getActiveRange: (): object => new SpreadsheetImpl(c).getActiveRange(),
    setActiveSheet: (s: unknown): object => new SpreadsheetImpl(c).setActiveSheet(s),
    getUi: (): object => makeUi(c),
    flush: (): void => undefined,
    newDataValidation: (): object => makeValidationBuilder(c),
    newRichTextValue: (): object => makeRichTextBuilder(c),
    newTextStyle: (): object => makeTextStyleBuilder(c),
    newConditionalFormatRule: (): object => c.rt.wrap('ConditionalFormatRuleBuilder', new RuleBuilderImpl(c, { ranges: [], condition: null })),
    openById: (): never => { throw new ScriptError('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets'); },
    openByUrl: (): never => { throw new ScriptError('You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets'); },
  };
  return c.rt.wrap('SpreadsheetApp', app);
}
