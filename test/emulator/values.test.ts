// Values written and read like Apps Script: user-input parsing, text format, Dates in the vm realm, dimension errors.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function put(a1, rows) { SpreadsheetApp.getActiveSheet().getRange(a1).setValues(rows); }
function putOne(a1, v) { SpreadsheetApp.getActiveSheet().getRange(a1).setValue(v); }
function get(a1) { return SpreadsheetApp.getActiveSheet().getRange(a1).getValues(); }
function formulas(a1) { return SpreadsheetApp.getActiveSheet().getRange(a1).getFormulas(); }
function asText(a1, v) { var r = SpreadsheetApp.getActiveSheet().getRange(a1); r.setNumberFormat('@'); r.setValue(v); return [typeof r.getValue(), r.getValue()]; }
function dateCheck() {
  var r = SpreadsheetApp.getActiveSheet().getRange('A1');
  r.setValue(new Date(2026, 10, 3));
  var v = r.getValue();
  var arr = r.getValues();
  return [v instanceof Date, Array.isArray(arr) && arr instanceof Array, arr[0] instanceof Array, v.getFullYear(), v.getMonth(), v.getDate(), r.getNumberFormat()];
}
function isoDate() { putOne('B1', '2026-11-03'); var v = get('B1')[0][0]; return [v instanceof Date, v.getDate()]; }
function extent() { var s = SpreadsheetApp.getActiveSheet(); return [s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()]; }
function display() { var r = SpreadsheetApp.getActiveSheet().getRange('A1:C1');
  r.setValues([[1234.5, 0.125, new Date(2026, 0, 5)]]); r.setNumberFormats([['#,##0.00', '0.0%', 'dd/MM/yyyy']]); return r.getDisplayValues(); }
function now() { return [new Date().toISOString(), Date.now()]; }
`;

const emu = () => loadedEmulator({ now: new Date('2026-11-23T09:30:00Z') }, BUNDLE);

describe('setValues dimension checks', () => {
  it('reports rows then columns with Apps Script wording', () => {
    const e = emu();
    expect(() => e.run('put', 'A1:B3', [[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(() => e.run('put', 'A1:B2', [[1, 2], [3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
    expect(() => e.run('put', 'A1', 'x')).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
  });
});

describe('user-input parsing', () => {
  it('turns "=..." into a formula, keeps "\'" as a text escape and parses numeric strings', () => {
    const e = emu();
    e.run('put', 'A1:D1', [['=1+2', "'=1+2", '42', "'007"]]);
    expect(e.run('get', 'A1:D1')).toEqual([[3, '=1+2', 42, '007']]);
    expect(e.run('formulas', 'A1:D1')).toEqual([['=1+2', '', '', '']]);
  });
  it('keeps numeric strings as text under the plain-text format @', () => {
    const e = emu();
    expect(e.run('asText', 'A1', '0012')).toEqual(['string', '0012']);
    expect(e.run('asText', 'A3', '01/11/2026')).toEqual(['string', '01/11/2026']);
  });
  it('does not let @ protect text starting with = + - (strict: only the apostrophe does)', () => {
    const e = emu();
    expect(e.run('asText', 'A1', '=1+1')).toEqual(['number', 2]);
    expect(e.run('asText', 'A2', '+1+1')).toEqual(['number', 2]);
    expect(e.run('asText', 'A3', '-5')).toEqual(['number', -5]);
    expect(e.run('asText', 'A4', '- faire le point')).toEqual(['string', '#ERROR!']);
    expect(e.run('asText', 'A5', "'=1+1")).toEqual(['string', "'=1+1"]);
    expect(e.run('asText', 'A6', '@Lea')).toEqual(['string', '@Lea']);
    expect(e.book.formulas('Feuille 1', 'A1:A4')).toEqual([['=1+1'], ['=+1+1'], [''], ['=- faire le point']]);
  });
  it('keeps what the user types into a plain-text cell as typed (the Sheets UI), unlike a script write', () => {
    const e = emu();
    e.run('asText', 'A1', '');
    e.book.setValues('Feuille 1', 'A1', [['=1+1']]);
    expect(e.book.values('Feuille 1', 'A1')).toEqual([['=1+1']]);
    expect(e.run('asText', 'A1', '=1+1')).toEqual(['number', 2]);
  });
  it('reads a leading + or - as a formula in any cell, as Sheets reads typed input', () => {
    const e = emu();
    e.run('put', 'A1:E1', [['+33 6 12 34 56 78', '-A2', '+5', '-', '-1 234,5']]);
    e.run('put', 'A2', [[4]]);
    expect(e.run('get', 'A1:E1')).toEqual([['#ERROR!', -4, 5, '-', -1234.5]]);
  });
  it('returns booleans, numbers and empty strings as such', () => {
    const e = emu();
    e.run('put', 'A1:D1', [[true, 1.5, '', 'texte']]);
    expect(e.run('get', 'A1:E1')).toEqual([[true, 1.5, '', 'texte', '']]);
  });
});

describe('dates', () => {
  it('round-trips Dates as vm-realm Dates with a date format', () => {
    const e = emu();
    expect(e.run('dateCheck')).toEqual([true, true, true, 2026, 10, 3, 'dd/MM/yyyy']);
    const v = e.book.values('Feuille 1', 'A1')[0]?.[0];
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).getDate()).toBe(3);
  });
  it('parses ISO yyyy-mm-dd strings as dates', () => {
    expect(emu().run('isoDate')).toEqual([true, 3]);
  });
  it('freezes the clock inside the script', () => {
    expect(emu().run('now')).toEqual(['2026-11-23T09:30:00.000Z', Date.parse('2026-11-23T09:30:00Z')]);
  });
});

describe('extent and display', () => {
  it('computes getLastRow/getLastColumn/getDataRange from non-empty cells', () => {
    const e = emu();
    expect(e.run('extent')).toEqual([0, 0, 'A1']);
    e.run('putOne', 'C7', 'x');
    expect(e.run('extent')).toEqual([7, 3, 'A1:C7']);
  });
  it('renders display values through number formats', () => {
    expect(emu().run('display')).toEqual([['1\u202f234,50', '12,5%', '05/01/2026']]);
  });
});

describe('speed', () => {
  it('reads and writes 10 000 cells quickly', () => {
    const e = emu();
    const rows = Array.from({ length: 1000 }, (_, i) => [i, `x${i}`, i * 1.5, i % 2 === 0, `=A${i + 1}*2`, i, i, i, i, i]);
    const t0 = Date.now();
    e.run('put', 'A1:J1000', rows);
    const got = e.run('get', 'A1:J1000') as unknown[][];
    expect(got[999]).toEqual([999, 'x999', 1498.5, false, 1998, 999, 999, 999, 999, 999]);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
