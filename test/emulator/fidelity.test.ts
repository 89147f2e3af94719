// Fidelity points checked against observed Apps Script behaviour (sources in README "Fidelity notes"): error texts,
// getLastRow with spilled '' vs blanks, getSheetValues(-1), protections, frozen-row deletes, Ui/HtmlOutput signatures.
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.js';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function ss() { return SpreadsheetApp.getActiveSpreadsheet(); }
function sh() { return ss().getActiveSheet(); }
function BOUSSOLE_BLANKS(r) { return r.map(function (row) { return [row[0] === '' ? '' : row[0] * 2]; }); }
function BOUSSOLE_NULLS(r) { return r.map(function (row) { return [row[0] === '' ? null : row[0] * 2]; }); }
function put(a1, rows) { sh().getRange(a1).setValues(rows); }
function setF(a1, f) { sh().getRange(a1).setFormula(f); }
function last() { var s = sh(); return [s.getLastRow(), s.getLastColumn(), s.getDataRange().getNumRows(), s.getDataRange().getNumColumns()]; }
function sheetValues(r, c, nr, nc) { return sh().getSheetValues(r, c, nr, nc); }
function insert(n) { return ss().insertSheet(n).getName(); }
function del(n) { ss().deleteSheet(ss().getSheetByName(n)); }
function hide(n) { ss().getSheetByName(n).hideSheet(); }
function share(e) { ss().addEditor(e); }
function freezeAndDelete(frozen, at, n) { sh().setFrozenRows(frozen); sh().deleteRows(at, n); return sh().getMaxRows(); }
function range(r, c, nr, nc) { return sh().getRange(r, c, nr, nc).getA1Notation(); }
function protections() {
  var first = sh();
  var p = first.getRange('A1:B2').protect().setDescription('en-têtes');
  first.protect().setDescription('feuille');
  var other = ss().insertSheet('Autre');
  p.setRange(other.getRange('C3:D4'));
  var list = ss().getProtections(SpreadsheetApp.ProtectionType.RANGE).map(function (x) { return [x.getRange().getSheet().getName(), x.getRange().getA1Notation(), x.getDescription()]; });
  return [list, ss().getProtections(SpreadsheetApp.ProtectionType.SHEET).length, first.getProtections(SpreadsheetApp.ProtectionType.RANGE).length];
}
function sheetProtectionSetRange() { sh().protect().setRange(sh().getRange('A1')); }
function alertTwoTexts() { SpreadsheetApp.getUi().alert('Titre', 'Message'); }
function alertTitled() { var ui = SpreadsheetApp.getUi(); return String(ui.alert('Titre', 'Message', ui.ButtonSet.OK)); }
function width(w) { return HtmlService.createHtmlOutput('<p>x</p>').setWidth(w).getWidth(); }
function plainText(v) { var r = sh().getRange('A1'); r.setNumberFormat('@'); r.setValue(v); return [r.getValue(), r.getDisplayValue()]; }
function escaped(v) { var r = sh().getRange('B1'); r.setValue(v); return [r.getValue(), r.getFormula()]; }
function dateBack(d) { sh().getRange('A1:C1').setValues([[d, undefined, null]]); var v = sh().getRange('A1:C1').getValues()[0]; return [v[0] instanceof Date, v[0].getDate(), v[1], v[2]]; }
function ragged() { sh().getRange('A1:B2').setValues([[1, 2], [3]]); }
function noon() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getName(); }
`;

const emu = () => loadedEmulator({ now: new Date(2026, 10, 23, 10) }, BUNDLE);

describe('Apps Script error texts', () => {
  it('keeps the observed texts for duplicate names, out-of-bounds ranges and invalid emails', () => {
    const e = emu();
    e.run('insert', 'Plan');
    expect(() => e.run('insert', 'Plan')).toThrow('A sheet with the name "Plan" already exists. Please enter another name.');
    expect(() => e.run('range', 1001, 1, 1, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => e.run('range', 1, 1, 0, 2)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => e.run('share', 'pas-un-email')).toThrow('Invalid email: pas-un-email');
  });
  it('refuses to delete the only sheet, and the last visible one with its own text', () => {
    const e = emu();
    expect(() => e.run('del', 'Feuille 1')).toThrow("You can't remove all the sheets in a document.");
    e.run('insert', 'Cachée');
    e.run('hide', 'Cachée');
    expect(() => e.run('del', 'Feuille 1')).toThrow("You can't remove all the visible sheets in a document.");
    e.run('del', 'Cachée'); // a hidden sheet can go while a visible one remains
    expect(e.book.sheetNames()).toEqual(['Feuille 1']);
  });
  it('refuses row deletes past the grid or leaving only frozen rows', () => {
    const e = emu();
    expect(() => e.run('freezeAndDelete', 0, 1000, 2)).toThrow('Those rows are out of bounds.');
    expect(() => e.run('freezeAndDelete', 2, 3, 998)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(e.run('freezeAndDelete', 2, 3, 997)).toBe(3); // 1000 − 997
  });
  it('names the authorization scopes like Apps Script in AuthMode.NONE', () => {
    const e = createEmulator();
    e.loadBundle('function onOpen() { SpreadsheetApp.getActiveSpreadsheet(); }');
    expect(() => e.trigger('onOpen', 'NONE')).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)');
  });
});

describe('getLastRow / getDataRange with custom-function spills', () => {
  it("counts spilled '' down to the sheet's last row (like ARRAYFORMULA returning \"\")", () => {
    const e = emu();
    e.run('put', 'A2:A3', [[1], [2]]);
    e.run('setF', 'B2', '=BOUSSOLE_BLANKS(A2:A)');
    // A2:A is 999 rows; the '' results for rows 4..1000 are data for Sheets → last row 1000.
    expect(e.run('last')).toEqual([1000, 2, 1000, 2]);
  });
  it('ignores spilled null (blank cells): only the anchor and non-blank results count', () => {
    const e = emu();
    e.run('put', 'A2:A3', [[1], [2]]);
    e.run('setF', 'B2', '=BOUSSOLE_NULLS(A2:A)');
    expect(e.run('last')).toEqual([3, 2, 3, 2]);
  });
});

describe('Sheet.getSheetValues', () => {
  it('reads a fixed rectangle like getRange().getValues(), and -1 counts through the last row/column with data', () => {
    const e = emu();
    e.run('put', 'A1:C3', [['h1', 'h2', 'h3'], [1, 2, 3], [4, 5, 6]]);
    expect(e.run('sheetValues', 1, 1, 2, 2)).toEqual([['h1', 'h2'], [1, 2]]);
    expect(e.run('sheetValues', 2, 1, -1, -1)).toEqual([[1, 2, 3], [4, 5, 6]]); // rows 2..3, columns A..C
    expect(e.run('sheetValues', 2, 2, -1, 1)).toEqual([[2], [5]]);
    expect(e.calls.byMethod()['Sheet.getSheetValues']).toBe(3);
  });
  it('gives no row when only the header exists (unverified in Apps Script) and refuses 0 rows', () => {
    const e = emu();
    e.run('put', 'A1:B1', [['h1', 'h2']]);
    expect(e.run('sheetValues', 2, 1, -1, -1)).toEqual([]);
    expect(() => e.run('sheetValues', 1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });
});

describe('protections', () => {
  it('lists range and sheet protections of the whole spreadsheet, and moves a range protection with setRange', () => {
    expect(emu().run('protections')).toEqual([[['Autre', 'C3:D4', 'en-têtes']], 1, 0]);
  });
  it('refuses setRange on a sheet protection', () => {
    expect(() => emu().run('sheetProtectionSetRange')).toThrow(/setRange/);
  });
});

describe('signatures and values', () => {
  it('refuses Ui.alert(title, prompt) without a ButtonSet, accepts it with one', () => {
    const e = emu();
    expect(() => e.run('alertTwoTexts')).toThrow("The parameters (String,String) don't match the method signature for Ui.alert.");
    expect(e.run('alertTitled')).toBe('OK');
    expect(e.ui.alerts.at(-1)).toMatchObject({ title: 'Titre', prompt: 'Message', buttons: 'OK' });
  });
  it('takes an integer width for HtmlOutput.setWidth', () => {
    const e = emu();
    expect(e.run('width', 420.7)).toBe(420);
    expect(() => e.run('width', '420')).toThrow("The parameters (String) don't match the method signature for HtmlService.HtmlOutput.setWidth.");
  });
  it("keeps a leading apostrophe as a character under format '@', strips it as an escape elsewhere", () => {
    const e = emu();
    expect(e.run('plainText', "'=1+1")).toEqual(["'=1+1", "'=1+1"]);
    expect(e.run('escaped', "'=1+1")).toEqual(['=1+1', '']);
  });
  it('accepts Node-realm Dates, undefined and null in setValues, and refuses ragged rows', () => {
    const e = emu();
    expect(e.run('dateBack', new Date(2026, 0, 15))).toEqual([true, 15, '', '']);
    expect(() => e.run('ragged')).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
  });
});
