// Validation rules, conditional formats, protections, charts and notes, as scripts build them and tests inspect them.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function sh() { return SpreadsheetApp.getActiveSheet(); }
function validate() {
  var rule = SpreadsheetApp.newDataValidation().requireValueInList(['À faire', 'Fait'], true).setAllowInvalid(false).setHelpText('Statut').build();
  sh().getRange('A2:A3').setDataValidation(rule);
  sh().getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build());
  sh().getRange('C2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(sh().getRange('Z1:Z3')).build());
  var v = sh().getRange('A2').getDataValidation();
  return [v.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, v.getCriteriaValues()[0], v.getCriteriaValues()[1],
    v.getAllowInvalid(), v.getHelpText(), sh().getRange('D2').getDataValidation(),
    sh().getRange('C2').getDataValidation().getCriteriaValues()[0].getA1Notation()];
}
function rules() {
  var r1 = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Bloqué').setBackground('#f4cccc').setFontColor('#990000')
    .setRanges([sh().getRange('G2:G')]).build();
  var r2 = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$H2<TODAY()').setBold(true).setRanges([sh().getRange('A2:N')]).build();
  sh().setConditionalFormatRules(sh().getConditionalFormatRules().concat([r1, r2]));
  return sh().getConditionalFormatRules().length;
}
function protect() {
  sh().getRange('A1:N1').protect().setDescription('En-têtes').setWarningOnly(true);
  var p = sh().protect().setDescription('Tout');
  var list = sh().getProtections(SpreadsheetApp.ProtectionType.RANGE);
  return [list.length, list[0].getDescription(), list[0].isWarningOnly(), list[0].getRange().getA1Notation(),
    sh().getProtections(SpreadsheetApp.ProtectionType.SHEET).length, p.isWarningOnly()];
}
function unprotect() { sh().getProtections(SpreadsheetApp.ProtectionType.RANGE).forEach(function (p) { p.remove(); });
  return sh().getProtections(SpreadsheetApp.ProtectionType.RANGE).length; }
function chart() {
  var c = sh().newChart().setChartType(Charts.ChartType.BAR).addRange(sh().getRange('A1:B5')).setPosition(2, 5, 0, 0)
    .setOption('title', 'Actions par statut').build();
  sh().insertChart(c);
  var got = sh().getCharts()[0];
  sh().updateChart(got.modify().setOption('title', 'Nouveau titre').build());
  return [sh().getCharts().length, sh().getCharts()[0].getOptions().get('title'), got.getRanges()[0].getA1Notation(), got.getContainerInfo().getAnchorRow()];
}
function removeCharts() { sh().getCharts().forEach(function (c) { sh().removeChart(c); }); return sh().getCharts().length; }
function notes() { sh().getRange('A1:B1').setNotes([['Aide A', '']]); sh().getRange('C1').setNote('Aide C'); return sh().getRange('A1:C1').getNotes(); }
function formats() { var r = sh().getRange('A1:B2'); r.setNumberFormat('#,##0 €'); r.setFontColor('#123456').setFontSize(12).setHorizontalAlignment('center')
  .setWrap(true).setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP).setBorder(true, true, true, true, null, null, '#000000', SpreadsheetApp.BorderStyle.SOLID);
  return [r.getNumberFormats(), r.getFontColor(), r.getFontSize(), r.getHorizontalAlignment(), r.getWrap()]; }
function clearAll() { sh().getRange('A1:B2').clear(); sh().clearNotes(); sh().clearConditionalFormatRules(); }
`;

const emu = () => loadedEmulator({}, BUNDLE);

describe('data validation', () => {
  it('builds list, number and range rules readable by script and tests', () => {
    const e = emu();
    expect(e.run('validate')).toEqual([true, ['À faire', 'Fait'], true, false, 'Statut', null, 'Z1:Z3']);
    expect(e.book.validations('Feuille 1', 'A2:C2')).toEqual([[
      { type: 'VALUE_IN_LIST', values: [['À faire', 'Fait'], true], allowInvalid: false },
      { type: 'NUMBER_BETWEEN', values: [1, 5], allowInvalid: true },
      { type: 'VALUE_IN_RANGE', values: ["'Feuille 1'!Z1:Z3", true], allowInvalid: true },
    ]]);
  });
});

describe('conditional formats, protections, charts, notes, formats', () => {
  it('records conditional format rules', () => {
    const e = emu();
    expect(e.run('rules')).toBe(2);
    expect(e.book.conditionalRules('Feuille 1')).toEqual([
      { ranges: ['G2:G1000'], textEqualTo: 'Bloqué', background: '#f4cccc', fontColor: '#990000' },
      { ranges: ['A2:N1000'], formula: '=$H2<TODAY()' },
    ]);
  });
  it('records and removes protections', () => {
    const e = emu();
    expect(e.run('protect')).toEqual([1, 'En-têtes', true, 'A1:N1', 1, false]);
    expect(e.book.protections('Feuille 1')).toEqual([
      { range: 'A1:N1', description: 'En-têtes', warningOnly: true }, { range: 'Feuille 1', description: 'Tout', warningOnly: false }]);
    expect(e.run('unprotect')).toBe(0);
  });
  it('inserts, updates and removes charts', () => {
    const e = emu();
    expect(e.run('chart')).toEqual([1, 'Nouveau titre', 'A1:B5', 2]);
    expect(e.book.charts('Feuille 1')).toEqual([{ type: 'BAR', ranges: ["'Feuille 1'!A1:B5"], title: 'Nouveau titre', position: { row: 2, column: 5 } }]);
    expect(e.run('removeCharts')).toBe(0);
  });
  it('stores notes, formats and clears them', () => {
    const e = emu();
    expect(e.run('notes')).toEqual([['Aide A', '', 'Aide C']]);
    expect(e.book.notes('Feuille 1', 'A1:C1')).toEqual([['Aide A', '', 'Aide C']]);
    expect(e.run('formats')).toEqual([[['#,##0 €', '#,##0 €'], ['#,##0 €', '#,##0 €']], '#123456', 12, 'center', true]);
    const before = JSON.stringify(e.book.snapshot('Feuille 1'));
    expect(JSON.stringify(e.book.snapshot('Feuille 1'))).toBe(before);
    e.run('clearAll');
    expect(e.book.numberFormats('Feuille 1', 'A1')).toEqual([['0.###############']]);
    expect(e.book.notes('Feuille 1', 'A1:C1')).toEqual([['', '', '']]);
  });
});
