// Formulas: HyperFormula natives (cross-sheet, open ranges, ';' separators, frozen TODAY) and custom BOUSSOLE_*
// functions called like Sheets calls them (scalars, 2D ranges, spills, #REF! on blocked spills, #ERROR! on throws).
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const BUNDLE = `
var __boussole = (function () {
  function double(x) { return Array.isArray(x) ? x.map(function (r) { return r.map(function (v) { return v === '' ? '' : v * 2; }); }) : x * 2; }
  return { double: double };
})();
function BOUSSOLE_DOUBLE(x) { return __boussole.double(x); }
function BOUSSOLE_SHAPE(x) { return Array.isArray(x) ? 'array ' + x.length + 'x' + x[0].length : typeof x + ':' + x; }
function BOUSSOLE_BUDGET(total) { return [['Long terme', 0.4, total * 0.4], ['Résultats rapides', 0.4, total * 0.4]]; }
function BOUSSOLE_FAIL() { throw new Error('invalide'); }
function BOUSSOLE_DATE(d) { return d instanceof Date ? 'date ' + d.getFullYear() + '-' + (d.getMonth() + 1) + '-' + d.getDate() : 'not a date'; }
function BOUSSOLE_NEXT(d) { return new Date(d.getFullYear(), d.getMonth() + 1, 1); }
function helper() { return 1; }
function setF(a1, f) { SpreadsheetApp.getActiveSheet().getRange(a1).setFormula(f); return SpreadsheetApp.getActiveSheet().getRange(a1).getFormula(); }
function read(a1) { return SpreadsheetApp.getActiveSheet().getRange(a1).getValues(); }
`;

const emu = (now = new Date('2026-11-23T10:00:00Z')) => loadedEmulator({ now }, BUNDLE);

describe('custom functions', () => {
  it('registers only BOUSSOLE_* top-level functions', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:B1', [['=BOUSSOLE_SHAPE(1)', '=HELPER()']]);
    expect(e.book.values('Feuille 1', 'A1:B1')).toEqual([['number:1', '#NAME?']]);
  });
  it('passes a single cell or literal as a scalar and a range as a 2D array', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:A3', [[1], [''], [3]]);
    e.book.setValues('Feuille 1', 'C1:C4', [['=BOUSSOLE_SHAPE(A1)'], ['=BOUSSOLE_SHAPE(A1:A3)'], ['=BOUSSOLE_SHAPE("x")'], ['=BOUSSOLE_SHAPE(A2)']]);
    expect(e.book.values('Feuille 1', 'C1:C4')).toEqual([['number:1'], ['array 3x1'], ['string:x'], ['string:']]);
  });
  it('spills returned 2D arrays and counts one run per formula', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A2:A1000', Array.from({ length: 999 }, (_, i) => [i < 3 ? i + 1 : '']));
    e.calls.reset();
    e.book.setValues('Feuille 1', 'B1:B2', [['Double'], ['=BOUSSOLE_DOUBLE(A2:A)']]);
    expect(e.book.values('Feuille 1', 'B2:B5')).toEqual([[2], [4], [6], ['']]);
    expect(e.book.formulas('Feuille 1', 'B2:B3')).toEqual([['=BOUSSOLE_DOUBLE(A2:A)'], ['']]);
    expect(e.calls.customFunctionRuns()).toBe(1);
    e.book.values('Feuille 1', 'B2:B5');
    expect(e.calls.customFunctionRuns()).toBe(1);
    e.book.setValues('Feuille 1', 'A3', [[10]]);
    expect(e.book.values('Feuille 1', 'B3')).toEqual([[20]]);
    expect(e.calls.customFunctionRuns()).toBe(2);
  });
  it('spills rectangles and gives #REF! when the spill would overwrite data', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1', [['=BOUSSOLE_BUDGET(1000)']]);
    expect(e.book.values('Feuille 1', 'A1:C2')).toEqual([['Long terme', 0.4, 400], ['Résultats rapides', 0.4, 400]]);
    e.book.setValues('Feuille 1', 'C2', [['bloque']]);
    expect(e.book.values('Feuille 1', 'A1:C2')).toEqual([['#REF!', '', ''], ['', '', 'bloque']]);
    e.book.setValues('Feuille 1', 'C2', [['']]);
    expect(e.book.values('Feuille 1', 'A2:C2')).toEqual([['Résultats rapides', 0.4, 400]]);
  });
  it('turns a thrown error into #ERROR! in that cell only', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:B1', [['=BOUSSOLE_FAIL()', '=1+1']]);
    expect(e.book.values('Feuille 1', 'A1:B1')).toEqual([['#ERROR!', 2]]);
  });
  it('passes date cells as Dates and shows returned Dates as dates', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:C1', [['2026-11-03', '=BOUSSOLE_DATE(A1)', '=BOUSSOLE_NEXT(A1)']]);
    const [a, b, c] = e.book.values('Feuille 1', 'A1:C1')[0] as [Date, string, Date];
    expect(a).toBeInstanceOf(Date);
    expect(b).toBe('date 2026-11-3');
    expect(c).toBeInstanceOf(Date);
    expect([c.getFullYear(), c.getMonth(), c.getDate()]).toEqual([2026, 11, 1]);
  });
  it('works nested inside native formulas', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:B1', [[21, '=IFERROR(BOUSSOLE_DOUBLE(A1), 0) + 1']]);
    expect(e.book.values('Feuille 1', 'B1')).toEqual([[43]]);
  });
  it('lets native formulas read spilled custom results', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:A3', [[1], [2], [3]]);
    e.book.setValues('Feuille 1', 'B1', [['=BOUSSOLE_DOUBLE(A1:A3)']]);
    e.book.setValues('Feuille 1', 'C1', [['=SUM(B1:B3)']]);
    expect(e.book.values('Feuille 1', 'C1')).toEqual([[12]]);
  });
});

describe('native formulas', () => {
  it('computes across sheets with open ranges, commas or semicolons', () => {
    const e = emu();
    e.book.setValues('Plan', 'A1:C4', [['Statut', 'Budget', 'Mois'], ['Fait', 100, '2026-11-01'], ['En cours', 50, '2026-11-15'], ['Fait', 25, '2026-12-01']]);
    e.book.setValues('Tableau de bord', 'A1:A4', [
      ['=SUMIFS(\'Plan\'!B2:B, \'Plan\'!A2:A, "Fait")'],
      ['=COUNTIFS(Plan!A2:A;"Fait";Plan!C2:C;">="&DATE(2026;11;1);Plan!C2:C;"<="&EOMONTH(DATE(2026;11;1);0))'],
      ['=SUMPRODUCT((Plan!A2:A4="Fait")*Plan!B2:B4)'],
      ['=IFERROR(INDEX(Plan!B2:B4, MATCH("En cours", Plan!A2:A4, 0)), "")'],
    ]);
    expect(e.book.values('Tableau de bord', 'A1:A4')).toEqual([[125], [1], [125], [50]]);
    expect(e.book.formulas('Tableau de bord', 'A2')[0]?.[0]).toContain('Plan!A2:A,"Fait"');
  });
  it('keeps open ranges up to date when the sheet grows', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'B1', [['=SUM(A2:A)']]);
    e.book.setValues('Feuille 1', 'A1005', [[7]]);
    expect(e.book.values('Feuille 1', 'B1')).toEqual([[7]]);
  });
  it('evaluates IF/AND/OR/ROUND/TEXT and a frozen TODAY', () => {
    const e = emu(new Date('2026-11-23T10:00:00Z'));
    e.book.setValues('Feuille 1', 'A1:E1', [['=IF(AND(1<2, OR(FALSE, TRUE)), "oui", "non")', '=ROUND(2.345, 2)', '=TEXT(0.5, "0%")', '=TODAY()', '=EOMONTH(TODAY(), 0)']]);
    const [a, b, c, d, eom] = e.book.values('Feuille 1', 'A1:E1')[0] as [string, number, string, Date, Date];
    expect([a, b, c]).toEqual(['oui', 2.35, '50%']);
    expect(d).toBeInstanceOf(Date);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 10, 23, 0]);
    expect(eom.getDate()).toBe(30);
  });
  it('reports errors as Sheets error texts', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:C1', [['=1/0', '=NOPE(1)', '=A1+']]);
    expect(e.book.values('Feuille 1', 'A1:C1')).toEqual([['#DIV/0!', '#NAME?', '#ERROR!']]);
  });
  it('setFormula writes English, comma-separated formulas and adjusts relative references per cell', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'A1:A2', [[1], [2]]);
    expect(e.run('setF', 'B1:B2', '=A1*10')).toBe('=A1*10');
    expect(e.book.formulas('Feuille 1', 'B1:B2')).toEqual([['=A1*10'], ['=A2*10']]);
    expect(e.run('read', 'B1:B2')).toEqual([[10], [20]]);
    expect(e.run('setF', 'C1', '=SUM(A1:A2;5)')).toBe('=SUM(A1:A2,5)');
  });
});
