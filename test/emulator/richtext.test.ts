// Plain-text cells and rich text. Strict: the number format @ is not trusted to protect text starting with = + -
// (see values.test.ts); a rich-text value is always stored as its literal text.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
function sh() { return SpreadsheetApp.getActiveSheet(); }
function rich(t) { return SpreadsheetApp.newRichTextValue().setText(t).build(); }
function putRich(a1, t, fmt) { var r = sh().getRange(a1); if (fmt) r.setNumberFormat(fmt); r.setRichTextValue(rich(t));
  return [r.getValue(), r.getFormula(), r.getRichTextValue().getText()]; }
function putRiches(a1, rows) { var r = sh().getRange(a1); r.setRichTextValues(rows.map(function (row) { return row.map(rich); }));
  return r.getRichTextValues().map(function (row) { return row.map(function (v) { return v === null ? null : v.getText(); }); }); }
function styled() {
  var bold = SpreadsheetApp.newTextStyle().setBold(true).setForegroundColor('#990000').build();
  var v = SpreadsheetApp.newRichTextValue().setText('Voir le plan').setTextStyle(0, 4, bold).setLinkUrl(5, 12, 'https://exemple.fr').build();
  sh().getRange('A1').setRichTextValue(v);
  return [v.getText(), v.getTextStyle(0, 4).isBold(), v.getTextStyle(0, 4).getForegroundColor(), v.getLinkUrl(5, 12), v.getRuns().length,
    sh().getRange('A1').getValue()];
}
function readRich(a1) { var v = sh().getRange(a1).getRichTextValue(); return v === null ? null : v.getText(); }
function putValue(a1, v) { sh().getRange(a1).setValue(v); }
function badRich() { sh().getRange('A1').setRichTextValue('texte'); }
`;

const emu = () => loadedEmulator({}, BUNDLE);

describe('rich-text values', () => {
  it('store the literal text, never a formula, number or date, in any format', () => {
    const e = emu();
    expect(e.run('putRich', 'A1', '=IMPORTRANGE("x";"A1")')).toEqual(['=IMPORTRANGE("x";"A1")', '', '=IMPORTRANGE("x";"A1")']);
    expect(e.run('putRich', 'A2', '+33 6 12 34 56 78', '@')).toEqual(['+33 6 12 34 56 78', '', '+33 6 12 34 56 78']);
    expect(e.run('putRich', 'A3', "'0012")).toEqual(["'0012", '', "'0012"]);
    expect(e.run('putRich', 'A4', '01/11/2026')).toEqual(['01/11/2026', '', '01/11/2026']);
    expect(e.book.values('Feuille 1', 'A1:A4')).toEqual([['=IMPORTRANGE("x";"A1")'], ['+33 6 12 34 56 78'], ["'0012"], ['01/11/2026']]);
  });
  it('set cell by cell with setRichTextValues, empty text clearing the cell', () => {
    const e = emu();
    expect(e.run('putRiches', 'A1:B2', [['-1', '@Léa'], ['', '=1']])).toEqual([['-1', '@Léa'], ['', '=1']]);
    expect(e.book.formulas('Feuille 1', 'A1:B2')).toEqual([['', ''], ['', '']]);
    expect(e.book.values('Feuille 1', 'A1:B2')).toEqual([['-1', '@Léa'], ['', '=1']]);
  });
  it('keep styles and links on the built value', () => {
    expect(emu().run('styled')).toEqual(['Voir le plan', true, '#990000', 'https://exemple.fr', 1, 'Voir le plan']);
  });
  it('read back as null for a number, as the text for text or an empty cell', () => {
    const e = emu();
    e.run('putValue', 'A1', 12);
    e.run('putValue', 'A2', 'douze');
    expect([e.run('readRich', 'A1'), e.run('readRich', 'A2'), e.run('readRich', 'A3')]).toEqual([null, 'douze', '']);
  });
  it('refuse anything but a RichTextValue, and count builder calls as calls', () => {
    const e = emu();
    expect(() => e.run('badRich')).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setRichTextValue.");
    e.calls.reset();
    e.run('putRich', 'A1', 'x');
    expect(e.calls.byMethod()).toMatchObject({ 'SpreadsheetApp.newRichTextValue': 1, 'RichTextValueBuilder.setText': 1, 'RichTextValueBuilder.build': 1,
      'Range.setRichTextValue': 1, 'Range.getRichTextValue': 1, 'RichTextValue.getText': 1 });
  });
});
