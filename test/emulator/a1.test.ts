// A1 notation and Range geometry: closed, open, whole-column/row and sheet-qualified references, bounds errors.
import { describe, expect, it } from 'vitest';
import { colToLetters, lettersToCol, parseA1, resolveA1 } from './a1.js';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function geo(a1) { var r = SpreadsheetApp.getActiveSpreadsheet().getRange(a1);
  return [r.getSheet().getName(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getA1Notation()]; }
function sheetGeo(a1) { var r = SpreadsheetApp.getActiveSheet().getRange(a1); return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]; }
function coords(a, b, c, d) { return SpreadsheetApp.getActiveSheet().getRange(a, b, c, d).getA1Notation(); }
function grow() { var s = SpreadsheetApp.getActiveSheet(); s.insertRowsAfter(s.getMaxRows(), 10); s.insertColumnsAfter(s.getMaxColumns(), 2);
  return [s.getMaxRows(), s.getMaxColumns(), s.getRange(1010, 28).getA1Notation()]; }
function offset() { return SpreadsheetApp.getActiveSheet().getRange('B2').offset(1, 2, 2, 3).getA1Notation(); }
`;

const emu = () => loadedEmulator({}, BUNDLE);

describe('A1 parsing', () => {
  it('converts column letters both ways', () => {
    expect(colToLetters(1)).toBe('A');
    expect(colToLetters(26)).toBe('Z');
    expect(colToLetters(27)).toBe('AA');
    expect(colToLetters(703)).toBe('AAA');
    expect(lettersToCol('AB')).toBe(28);
  });
  it('parses closed, open and whole references', () => {
    expect(resolveA1(parseA1('A1')!, 1000, 26)).toEqual({ row: 1, col: 1, numRows: 1, numCols: 1 });
    expect(resolveA1(parseA1('B2:C3')!, 1000, 26)).toEqual({ row: 2, col: 2, numRows: 2, numCols: 2 });
    expect(resolveA1(parseA1('A2:C')!, 1000, 26)).toEqual({ row: 2, col: 1, numRows: 999, numCols: 3 });
    expect(resolveA1(parseA1('A:A')!, 1000, 26)).toEqual({ row: 1, col: 1, numRows: 1000, numCols: 1 });
    expect(resolveA1(parseA1('2:2')!, 1000, 26)).toEqual({ row: 2, col: 1, numRows: 1, numCols: 26 });
    expect(resolveA1(parseA1('$C$3:$A$1')!, 1000, 26)).toEqual({ row: 1, col: 1, numRows: 3, numCols: 3 });
    expect(parseA1("'Tableau de bord'!A1:B2")?.sheet).toBe('Tableau de bord');
    expect(parseA1('A0')).toBeNull();
    expect(parseA1('hello world')).toBeNull();
  });
});

describe('Range geometry in the emulator', () => {
  it('resolves sheet-qualified references from Spreadsheet.getRange', () => {
    const e = emu();
    e.book.addSheet('Tableau de bord');
    expect(e.run('geo', "'Tableau de bord'!A1:B2")).toEqual(['Tableau de bord', 1, 1, 2, 2, 'A1:B2']);
    expect(e.run('geo', 'C5')).toEqual(['Feuille 1', 5, 3, 1, 1, 'C5']);
    expect(() => e.run('geo', "'Absente'!A1")).toThrow('Range not found');
  });
  it('resolves open ranges against the sheet size', () => {
    const e = emu();
    expect(e.run('sheetGeo', 'E2:E')).toEqual([2, 5, 999, 1]);
    expect(e.run('sheetGeo', 'A:C')).toEqual([1, 1, 1000, 3]);
    expect(e.run('sheetGeo', '3:4')).toEqual([3, 1, 2, 26]);
  });
  it('rejects coordinates outside the sheet and empty sizes with Apps Script messages', () => {
    const e = emu();
    expect(e.run('coords', 1, 1, 2, 2)).toBe('A1:B2');
    expect(() => e.run('coords', 1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => e.run('coords', 1, 26, 1, 2)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => e.run('coords', 1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => e.run('coords', 1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => e.run('sheetGeo', 'A1001')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
  it('grows sheets with insertRowsAfter/insertColumnsAfter and offsets ranges', () => {
    const e = emu();
    expect(e.run('grow')).toEqual([1010, 28, 'AB1010']);
    expect(e.run('offset')).toBe('D3:F4');
  });
});
