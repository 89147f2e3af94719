// Spreadsheet and Sheet behaviour: default sheet, insertSheet name rules, ids, indexes, activation, sharing, named ranges.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function ss() { return SpreadsheetApp.getActiveSpreadsheet(); }
function info() { var s = ss(); return [s.getName(), s.getSheets().map(function (x) { return x.getName(); }), s.getActiveSheet().getName(),
  s.getSpreadsheetTimeZone(), s.getSpreadsheetLocale(), /^https:\\/\\/docs.google.com\\/spreadsheets\\/d\\/[^/]+\\/edit$/.test(s.getUrl())]; }
function insert(name, index) { var sh = index === undefined ? ss().insertSheet(name) : ss().insertSheet(name, index);
  return [sh.getName(), sh.getIndex(), sh.getSheetId(), ss().getActiveSheet().getName()]; }
function ids() { return ss().getSheets().map(function (x) { return x.getSheetId(); }); }
function byName(n) { var s = ss().getSheetByName(n); return s === null ? null : s.getName(); }
function del(n) { ss().deleteSheet(ss().getSheetByName(n)); return ss().getSheets().length; }
function rename(a, b) { ss().getSheetByName(a).setName(b); }
function share(v, e) { ss().addViewer(v); if (e) ss().addEditor(e); return [ss().getViewers().map(function (u) { return u.getEmail(); }), ss().getEditors().map(function (u) { return u.getEmail(); })]; }
function named() { var r = ss().getSheetByName('Plan').getRange('A2:A4'); ss().setNamedRange('Statuts', r);
  return [ss().getRangeByName('Statuts').getA1Notation(), ss().getRangeByName('Nope'), ss().getNamedRanges().length]; }
function move() { ss().setActiveSheet(ss().getSheetByName('C')); ss().moveActiveSheet(1); return ss().getSheets().map(function (x) { return x.getName(); }); }
function rangeList() { ss().getRangeList(['A1:B2', 'D4']).activate(); return ss().getActiveRange().getA1Notation(); }
function echo(d, list) { return [d instanceof Date, list instanceof Array, d.getFullYear(), { when: d }]; }
function insertMiddle() { var s = ss().getActiveSheet(); s.insertRowsAfter(1, 2); s.deleteRows(5, 1); s.insertColumnsAfter(1, 1); return [s.getMaxRows(), s.getMaxColumns()]; }
function frozen() { var s = ss().getActiveSheet(); s.setFrozenRows(1); s.setColumnWidth(2, 180); s.getRange('A1:B1').setFontWeight('bold').setBackground('#eeeeee'); s.getRange('A3:B3').merge(); return [s.getFrozenRows(), s.getColumnWidth(2), s.getColumnWidth(3)]; }
`;

const emu = () => loadedEmulator({}, BUNDLE);

describe('spreadsheet', () => {
  it('starts with one active sheet named "Feuille 1" in a French, Paris spreadsheet', () => {
    expect(emu().run('info')).toEqual(['Pilotage projet digital', ['Feuille 1'], 'Feuille 1', 'Europe/Paris', 'fr_FR', true]);
  });
  it('inserts sheets, activates them and gives stable unique ids (first is 0)', () => {
    const e = emu();
    const [name, index, id, active] = e.run('insert', 'Plan') as [string, number, number, string];
    expect([name, index, active]).toEqual(['Plan', 2, 'Plan']);
    expect(e.run('insert', 'Budget', 0)).toEqual(['Budget', 1, expect.any(Number), 'Budget']);
    const all = e.run('ids') as number[];
    expect(all[1]).toBe(0);
    expect(new Set(all).size).toBe(3);
    expect(all).toContain(id);
    expect(e.run('insert', undefined)).toEqual(['Feuille 4', 4, expect.any(Number), 'Feuille 4']);
  });
  it('refuses duplicate names with the Apps Script message', () => {
    const e = emu();
    e.run('insert', 'Plan');
    expect(() => e.run('insert', 'Plan')).toThrow('A sheet with the name "Plan" already exists. Please enter another name.');
    expect(() => e.run('rename', 'Feuille 1', 'Plan')).toThrow('A sheet with the name "Plan" already exists. Please enter another name.');
  });
  it('returns null for a missing sheet and refuses to delete the last one', () => {
    const e = emu();
    expect(e.run('byName', 'Absente')).toBeNull();
    expect(() => e.run('del', 'Feuille 1')).toThrow("You can't remove all the sheets in a document.");
    e.run('insert', 'Plan');
    expect(e.run('del', 'Feuille 1')).toBe(1);
  });
  it('moves the active sheet and activates range lists', () => {
    const e = emu();
    e.book.addSheet('B');
    e.book.addSheet('C');
    expect(e.run('move')).toEqual(['C', 'Feuille 1', 'B']);
    expect(e.run('rangeList')).toBe('A1:B2');
  });
  it('records shares and rejects invalid e-mails', () => {
    const e = emu();
    expect(e.run('share', 'consultant@cabinet.fr', 'chef@pme.fr')).toEqual([['consultant@cabinet.fr'], ['gerante@exemple.fr', 'chef@pme.fr']]);
    expect(e.shares).toEqual({ viewers: ['consultant@cabinet.fr'], editors: ['chef@pme.fr'] });
    expect(() => e.run('share', 'pas-un-email')).toThrow('Invalid email: pas-un-email');
  });
  it('handles named ranges usable in formulas', () => {
    const e = emu();
    e.book.setValues('Plan', 'A2:A4', [[1], [2], [3]]);
    expect(e.run('named')).toEqual(['A2:A4', null, 1]);
    expect(e.book.namedRanges()).toEqual({ Statuts: "'Plan'!A2:A4" });
    e.book.setValues('Plan', 'B1', [['=SUM(Statuts)']]);
    expect(e.book.values('Plan', 'B1')).toEqual([[6]]);
  });
  it('records frozen rows, widths, fonts, backgrounds and merges', () => {
    const e = emu();
    expect(e.run('frozen')).toEqual([1, 180, 100]);
    expect(e.book.frozenRows('Feuille 1')).toBe(1);
    expect(e.book.fontWeights('Feuille 1', 'A1:C1')).toEqual([['bold', 'bold', 'normal']]);
    expect(e.book.backgrounds('Feuille 1', 'A1:B1')).toEqual([['#eeeeee', '#eeeeee']]);
    expect(e.book.merges('Feuille 1')).toEqual(['A3:B3']);
  });
  it('copies arguments into the vm realm and results out of it', () => {
    const [isDate, isArray, year, obj] = emu().run('echo', new Date(2026, 4, 1), [1, 2]) as [boolean, boolean, number, { when: Date }];
    expect([isDate, isArray, year]).toEqual([true, true, 2026]);
    expect(obj.when).toBeInstanceOf(Date);
  });
  it('shifts cells and references when rows and columns are inserted or deleted in the middle', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:B4', [['x', '=SUM(A2:A4)'], [1, ''], [2, ''], [3, '']]);
    expect(e.run('insertMiddle')).toEqual([1001, 27]);
    expect(e.book.values('Feuille 1', 'A1:C6')).toEqual([['x', '', 4], ['', '', ''], ['', '', ''], [1, '', ''], [3, '', ''], ['', '', '']]);
    expect(e.book.formulas('Feuille 1', 'C1')).toEqual([['=SUM(A4:A5)']]);
  });
});
