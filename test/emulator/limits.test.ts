// Sheets' limits that bite: 50 000 characters in a cell, 10 million cells per spreadsheet (README "Fidelity notes").
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function sh() { return SpreadsheetApp.getActiveSheet(); }
function put(a1, n) { sh().getRange(a1).setValue('x'.repeat(n)); return sh().getRange(a1).getValue().length; }
function putRows(n) { sh().getRange('A1:B1').setValues([['avant', 'x'.repeat(n)]]); }
function putRich(n) { sh().getRange('A1').setRichTextValue(SpreadsheetApp.newRichTextValue().setText('x'.repeat(n)).build()); }
function append(n) { sh().appendRow(['x'.repeat(n)]); }
function grow(n) { sh().insertRowsAfter(sh().getMaxRows(), n); return sh().getMaxRows(); }
function widen(n) { sh().insertColumnsAfter(sh().getMaxColumns(), n); return sh().getMaxColumns(); }
function insertRowsInside(n) { sh().insertRowsBefore(2, n); return sh().getMaxRows(); }
function addSheet(name) { return SpreadsheetApp.getActiveSpreadsheet().insertSheet(name).getMaxRows(); }
`;

const emu = () => loadedEmulator({}, BUNDLE);
const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';
const TOO_MANY = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

describe('50 000 characters per cell', () => {
  it('accepts exactly 50 000 and refuses one more, with Sheets\' message, whatever the write method', () => {
    const e = emu();
    expect(e.run('put', 'A1', 50_000)).toBe(50_000);
    expect(() => e.run('put', 'A2', 50_001)).toThrow(TOO_LONG);
    expect(() => e.run('putRich', 50_001)).toThrow(TOO_LONG);
    expect(() => e.run('append', 50_001)).toThrow(TOO_LONG);
  });
  it('writes nothing of a setValues that holds one text too long', () => {
    const e = emu();
    expect(() => e.run('putRows', 50_001)).toThrow(TOO_LONG);
    expect(e.book.values('Feuille 1', 'A1:B1')).toEqual([['', '']]);
  });
});

describe('10 million cells per spreadsheet', () => {
  it('counts every sheet\'s grid and refuses rows, columns or a sheet past the limit', () => {
    const e = emu();
    // 1000 × 26 to begin with: 384 000 more rows make 9 984 000 cells.
    expect(e.run('grow', 383_000)).toBe(384_000);
    expect(() => e.run('grow', 1000)).toThrow(TOO_MANY);
    expect(() => e.run('insertRowsInside', 1000)).toThrow(TOO_MANY);
    expect(() => e.run('widen', 1)).toThrow(TOO_MANY);
    expect(() => e.run('addSheet', 'Plan')).toThrow(TOO_MANY); // a new sheet is 26 000 cells
    expect(e.run('grow', 615)).toBe(384_615); // 9 999 990 cells
    expect(e.book.sheetNames()).toEqual(['Feuille 1']);
  });
});
