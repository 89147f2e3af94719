// shiftRowReferences: a formula re-anchored when Prioriser moves its row, as Sheets does on a sort.
import { describe, expect, it } from 'vitest';
import { shiftRowReferences } from '../../../src/core/formulas/shift';

describe('shiftRowReferences', () => {
  it('shifts relative rows by the delta, keeps $ rows and columns', () => {
    expect(shiftRowReferences('=E3*2', 2)).toBe('=E5*2');
    expect(shiftRowReferences('=$E3+E$3+$E$3', -1)).toBe('=$E2+E$3+$E$3');
    expect(shiftRowReferences('=SUM(A3:C4)', 3)).toBe('=SUM(A6:C7)');
    expect(shiftRowReferences('=SUM(4:4)', 1)).toBe('=SUM(5:5)');
  });

  it('leaves strings, numbers, function names, sheet names and open columns alone', () => {
    expect(shiftRowReferences('=DATE(2026,2,1)', 4)).toBe('=DATE(2026,2,1)');
    expect(shiftRowReferences('=LOG10(B2)&"A1"', 1)).toBe('=LOG10(B3)&"A1"');
    expect(shiftRowReferences("='Feuil 1'!B2+Feuil1!C2+1E5", 2)).toBe("='Feuil 1'!B4+Feuil1!C4+1E5");
    expect(shiftRowReferences('=COUNTIF(E2:E,">0")', 3)).toBe('=COUNTIF(E5:E,">0")');
    expect(shiftRowReferences('=A1*1.5', 0)).toBe('=A1*1.5');
    expect(shiftRowReferences('texte B2', 3)).toBe('texte B2');
  });

  it('gives #REF! to a reference pushed above row 1, as Sheets does', () => {
    expect(shiftRowReferences('=B2+B5', -3)).toBe('=#REF!+B2');
  });
});
