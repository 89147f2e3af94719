// Native-array-function semantics of the custom formulas (SPEC §5): shapes, repetition, empties,
// per-cell ⚠ texts, open ranges.
import { describe, expect, it } from 'vitest';
import { broadcast, asNumber, asNote, numeric, percent, single } from '../../../src/core/formulas/broadcast';

const add = (a: unknown, b: unknown): unknown => Number(a) + Number(b);

describe('broadcast', () => {
  it('returns a scalar for scalar arguments', () => {
    expect(broadcast([2, 3], add)).toBe(5);
  });

  it('combines ranges of the same shape cell by cell', () => {
    expect(broadcast([[[1, 2], [3, 4]], [[10, 20], [30, 40]]], add)).toEqual([[11, 22], [33, 44]]);
  });

  it('repeats a scalar or a 1×1 range over the other range', () => {
    expect(broadcast([[[1], [2], [3]], 10], add)).toEqual([[11], [12], [13]]);
    expect(broadcast([[[1], [2], [3]], [[100]]], add)).toEqual([[101], [102], [103]]);
    expect(broadcast([[[1]], [[2]]], add)).toEqual([[3]]);
  });

  it('refuses ranges of different shapes with one ⚠ text', () => {
    expect(broadcast([[[1], [2]], [[1], [2], [3]]], add)).toBe('⚠ plages de tailles différentes');
    expect(broadcast([[[1, 2]], [[1], [2]]], add)).toBe('⚠ plages de tailles différentes');
  });

  it('gives an empty cell where all arguments are empty, keeping the shape of open ranges', () => {
    // E2:E as Apps Script passes it: 2 filled rows then 3 empty ones
    const e = [[4], [5], [''], [''], ['']];
    const f = [[1], [' '], [''], [''], ['']];
    expect(broadcast([e, f], (a, b) => `${String(a)}|${String(b)}`)).toEqual([['4|1'], ['5| '], [null], [null], [null]]); // blank rows of an array: null (no phantom data for getLastRow)
    expect(broadcast(['', null, undefined], () => 'jamais')).toBe('');
  });

  it('turns an error or a non-finite number into a ⚠ text in that cell only', () => {
    const fn = (a: unknown): unknown => {
      if (a === 2) throw new Error('deux interdit');
      return a === 3 ? Infinity : a;
    };
    expect(broadcast([[[1], [2], [3], [4]]], fn)).toEqual([[1], ['⚠ deux interdit'], ['⚠ calcul impossible'], [4]]);
  });

  it('treats a 1D array as a single row', () => {
    expect(broadcast([[1, 2], 1], add)).toEqual([[2, 3]]);
  });
});

describe('argument readers', () => {
  it('read French text numbers, notes and percentages', () => {
    expect(['1 234,5', '12 %', '3 000 €', 7, '', 'abc'].map(asNumber)).toEqual([1234.5, 0.12, 3000, 7, null, '⚠ « abc » n’est pas un nombre']);
    expect([1, '5', 2.5, 0, 6, 'x', ''].map(asNote)).toEqual([1, 5, 2.5, '⚠ note attendue entre 1 et 5', '⚠ note attendue entre 1 et 5', '⚠ note attendue entre 1 et 5', null]);
    expect(['40 %', '0,4', 40, 0.4].map(percent)).toEqual([0.4, 0.4, 0.4, 0.4]);
    expect(asNumber(true)).toBe('⚠ « VRAI » n’est pas un nombre'); // a checkbox is not a number
    expect(single([[7]])).toBe(7);
    expect(single([[7, 8]])).toBeUndefined();
  });

  it('numerique: first ⚠ wins, a blank required argument gives empty, null is a division by zero', () => {
    const div = numeric([asNumber, asNumber], (a, b) => (b === 0 ? null : a / b));
    expect(div('x', '')).toBe('⚠ « x » n’est pas un nombre');
    expect(div(6, '')).toBe('');
    expect(div(6, 0)).toBe('⚠ division par zéro');
    expect(div('6', '3')).toBe(2);
  });
});
