// Native functions a formula-only synthesis block would use, written with ';' separators as the product writes them,
// computed by HyperFormula (with the emulator's TODAY, TEXT, ERROR.TYPE and IMPORTRANGE). What HyperFormula lacks is
// listed in the README; those answer #NAME? here while Sheets computes them.
import { describe, expect, it } from 'vitest';
import { loadedEmulator } from '../support/bundle';

const emu = () => {
  const e = loadedEmulator({ now: new Date(2026, 10, 23, 10) }, 'function noop() {}');
  e.book.setValues('Feuille 1', 'A1:D6', [
    ['Action', 'Statut', 'Échéance', 'Coût'],
    ['a', 'Fait', '01/11/2026', 100],
    ['b', 'En cours', '20/11/2026', 250],
    ['c', 'En cours', '30/11/2026', ''],
    ['d', 'Bloqué', '', 50],
    ['', '', '', ''],
  ]);
  return e;
};
const compute = (formulas: string[]): unknown[] => {
  const e = emu();
  e.book.setValues('Feuille 1', `F1:F${formulas.length}`, formulas.map((f) => [f]));
  return e.book.values('Feuille 1', `F1:F${formulas.length}`).map((r) => r[0]);
};

describe('native functions with ; separators', () => {
  it('counts, sums and finds with date criteria built from TODAY()', () => {
    expect(compute([
      '=COUNTIFS(C2:C6;"<"&TODAY();B2:B6;"<>Fait")',
      '=COUNTIFS(C2:C;"<"&TODAY())',
      '=SUMPRODUCT((B2:B6="En cours")*(D2:D6))',
      '=SUMPRODUCT(--(B2:B6="En cours"))',
      '=MAXIFS(D2:D6;B2:B6;"En cours")',
      '=SUMIFS(D2:D6;B2:B6;"En cours")',
      '=MAX(D2:D)',
      '=COUNTA(A2:A)',
      '=INDEX(A2:D5;MATCH("c";A2:A5;0);1)',
      '=IFNA(MATCH("z";A2:A5;0);"absent")',
      '=IFERROR(1/0;"—")',
      '=IF(COUNTIFS(B2:B6;"Bloqué")>0;"⚠ "&COUNTIFS(B2:B6;"Bloqué")&" bloquée(s)";"OK")',
    ])).toEqual([1, 2, 250, 2, 250, 250, 250, 4, 'c', 'absent', '—', '⚠ 1 bloquée(s)']);
  });
  it('does date arithmetic like Sheets: date − date is a number of days, date + days a date', () => {
    expect(compute([
      '=TODAY()-C2',
      '=DATEDIF(C2;TODAY();"D")',
      '=TEXT(C2;"dd/MM/yyyy")',
      '=TEXT(MAX(C2:C6);"d mmmm yyyy")',
      '=C3+7',
      '=WEEKNUM(TODAY();2)',
    ])).toEqual([22, 22, '01/11/2026', '30 novembre 2026', new Date(2026, 10, 27), 48]);
  });
  it('keeps a number typed under a date format a date when the format is set afterwards', () => {
    const e = emu();
    e.book.setValues('Feuille 1', 'H1:I1', [[46327, '=TODAY()-H1']]);
    expect(e.book.values('Feuille 1', 'H1:I1')[0]?.[1]).toBeInstanceOf(Date); // TODAY() − a plain number is a date, as in Sheets
    e.loadBundle('function fmt() { SpreadsheetApp.getActiveSheet().getRange("H1").setNumberFormat("dd/MM/yyyy"); }');
    e.run('fmt');
    expect(e.book.values('Feuille 1', 'H1:I1')).toEqual([[new Date(2026, 10, 1), 22]]);
  });
  it('answers #NAME? for functions HyperFormula lacks (LET, AVERAGEIFS, JOIN, INDIRECT, REGEXMATCH, QUERY)', () => {
    expect(compute(['=LET(x;2;x*3)', '=AVERAGEIFS(D2:D6;B2:B6;"En cours")', '=JOIN(", ";A2:A3)', '=INDIRECT("A2")',
      '=REGEXMATCH(A2;"a")', '=QUERY(A1:D5;"select A")'])).toEqual(Array(6).fill('#NAME?'));
  });
});

describe('named ranges in formulas', () => {
  const BUNDLE = `
function ss() { return SpreadsheetApp.getActiveSpreadsheet(); }
function sh() { return ss().getActiveSheet(); }
function name(n, a1) { ss().setNamedRange(n, sh().getRange(a1)); }
function list() { return ss().getNamedRanges().map(function (n) { return n.getName() + '=' + n.getRange().getA1Notation(); }).sort(); }
function byName(n) { var r = ss().getRangeByName(n); return r === null ? null : r.getA1Notation(); }
function rename(n, to) { ss().getNamedRanges().filter(function (x) { return x.getName() === n; })[0].setName(to); }
function move(n, a1) { ss().getNamedRanges().filter(function (x) { return x.getName() === n; })[0].setRange(sh().getRange(a1)); }
function drop(n) { ss().getNamedRanges().filter(function (x) { return x.getName() === n; })[0].remove(); }
function sheetNames() { return sh().getNamedRanges().length; }
function insertRows(at, n) { sh().insertRowsBefore(at, n); }
function badName(n) { name(n, 'A1'); }
`;
  it('are created, listed, renamed, moved and removed, and formulas use them by name', () => {
    const e = loadedEmulator({}, BUNDLE);
    e.book.setValues('Feuille 1', 'A1:A3', [[10], [20], [30]]);
    e.run('name', 'Couts', 'A1:A3');
    e.book.setValues('Feuille 1', 'B1:B2', [['=SUM(Couts)'], ['=SUM(couts)']]);
    expect(e.book.values('Feuille 1', 'B1:B2')).toEqual([[60], [60]]);
    expect([e.run('byName', 'COUTS'), e.run('sheetNames')]).toEqual(['A1:A3', 1]);
    e.run('insertRows', 2, 1); // inside the range: it grows, as in Sheets
    expect([e.run('list'), e.book.values('Feuille 1', 'B1')]).toEqual([['Couts=A1:A4'], [[60]]]);
    e.run('move', 'Couts', 'A1:A2');
    e.run('rename', 'Couts', 'Budget');
    expect(e.run('list')).toEqual(['Budget=A1:A2']);
    expect(e.book.namedRanges()).toEqual({ Budget: "'Feuille 1'!A1:A2" });
    e.run('drop', 'Budget');
    expect([e.run('list'), e.run('byName', 'Budget')]).toEqual([[], null]);
    expect(() => e.run('badName', 'A1')).toThrow('Named range name "A1" is invalid.');
    expect(() => e.run('badName', '1er')).toThrow('Named range name "1er" is invalid.');
  });
});
