// Call counting beyond the total: which calls reach the spreadsheet (builders stay in the script) and how many reads
// follow a pending write, each of which makes Apps Script flush (Google's "Best practices": batch, don't alternate).
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function sh() { return SpreadsheetApp.getActiveSheet(); }
function batched() { var s = sh(); var v = s.getRange('A1:B2').getValues(); s.getRange('A1:B2').setValues(v); s.getRange('C1').setValue(1); }
function alternating() { var s = sh(); for (var i = 1; i <= 3; i++) { s.getRange(i, 1).setValue(i); s.getRange(i, 1).getValue(); } }
function twoWritesOneRead() { var s = sh(); s.getRange('A1').setValue(1); s.getRange('A2').setValue(2); s.getLastRow(); s.getDataRange(); }
function geometry() { var r = sh().getRange('A1:B2'); r.setValue(1); return [r.getA1Notation(), r.getNumRows(), r.getLastRow(), r.getSheet().getSheetId(), sh().getRange('C1').getRow()]; }
function flushThenRead() { sh().getRange('A1').setValue(1); SpreadsheetApp.flush(); sh().getRange('A1').getValue(); SpreadsheetApp.flush(); }
function insertThenFind() { var ss = SpreadsheetApp.getActiveSpreadsheet(); ss.insertSheet('Plan'); return ss.getSheetByName('Plan').getName(); }
function builders() {
  var rule = SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b']).setAllowInvalid(false).build();
  var cf = SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#ffffff').setRanges([sh().getRange('B1')]).build();
  var chart = sh().newChart().setChartType(Charts.ChartType.BAR).addRange(sh().getRange('A1:B2')).setPosition(1, 1, 0, 0).build();
  var text = SpreadsheetApp.newRichTextValue().setText('=1+1').setTextStyle(SpreadsheetApp.newTextStyle().setBold(true).build()).build();
  sh().getRange('A1').setDataValidation(rule);
  sh().setConditionalFormatRules([cf]);
  sh().insertChart(chart);
  sh().getRange('A2').setRichTextValue(text);
}
function writeOnly() { sh().getRange('A1').setValue(1); }
function readOnly() { return sh().getRange('A1').getValue(); }
function BOUSSOLE_PEEK(x) { return SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); }
function formulaWrite() { sh().getRange('A1').setValue(5); sh().getRange('B1').setFormula('=BOUSSOLE_PEEK(A1)'); }
`;

const emu = () => loadedEmulator({}, BUNDLE);

describe('read-after-write alternations', () => {
  it('counts none when all reads come before the writes', () => {
    const e = emu();
    e.run('batched');
    expect(e.calls.readAfterWrite()).toBe(0);
    expect(e.calls.flushes()).toBe(0);
  });
  it('counts each read that follows a pending write', () => {
    const e = emu();
    e.run('alternating');
    expect(e.calls.readAfterWrite()).toBe(3);
    expect(e.calls.alternations()).toEqual(Array(3).fill({ after: 'Range.setValue', read: 'Range.getValue' }));
  });
  it('counts one flush for several writes, and a second read with nothing pending not at all', () => {
    const e = emu();
    e.run('twoWritesOneRead');
    expect(e.calls.alternations()).toEqual([{ after: 'Range.setValue', read: 'Sheet.getLastRow' }]);
  });
  it("does not take a range's own geometry, handles or ids for reads", () => {
    const e = emu();
    expect(e.run('geometry')).toEqual(['A1:B2', 2, 2, 0, 1]);
    expect(e.calls.readAfterWrite()).toBe(0);
  });
  it('lets SpreadsheetApp.flush() absorb the pending writes (counted in flushes, not as an alternation)', () => {
    const e = emu();
    e.run('flushThenRead');
    expect(e.calls.readAfterWrite()).toBe(0);
    expect(e.calls.flushes()).toBe(1);
  });
  it('counts getSheetByName after insertSheet (the sheet list is spreadsheet state)', () => {
    const e = emu();
    expect(e.run('insertThenFind')).toBe('Plan');
    expect(e.calls.alternations()).toEqual([{ after: 'Spreadsheet.insertSheet', read: 'Spreadsheet.getSheetByName' }]);
  });
  it('flushes at the end of each execution, and a custom function recalculated by a write is an execution of its own', () => {
    const e = emu();
    e.run('writeOnly');
    e.run('readOnly');
    expect(e.calls.readAfterWrite()).toBe(0);
    e.run('formulaWrite');
    expect(e.book.values('Feuille 1', 'B1')).toEqual([[5]]);
    expect(e.calls.customFunctionRuns()).toBeGreaterThan(0);
    expect(e.calls.readAfterWrite()).toBe(0);
  });
  it('is reset with the other counts', () => {
    const e = emu();
    e.run('alternating');
    e.calls.reset();
    expect([e.calls.readAfterWrite(), e.calls.flushes(), e.calls.spreadsheetCalls(), e.calls.total()]).toEqual([0, 0, 0, 0]);
  });
});

describe('calls that reach the spreadsheet', () => {
  it('leaves out builders (validation, conditional format, chart, rich text, text style) and counts the rest', () => {
    const e = emu();
    e.run('builders');
    const calls = e.calls.byMethod();
    const local = Object.entries(calls).filter(([k]) => /Builder\.|^SpreadsheetApp\.new|^Sheet\.newChart/.test(k)).reduce((a, [, n]) => a + n, 0);
    expect(local).toBe(21);
    expect(e.calls.spreadsheetCalls()).toBe(e.calls.total() - local);
    expect(e.calls.spreadsheetCalls()).toBe(15); // 7 × getActiveSheet, 4 × getRange, 4 setters
  });
});
