// Figures no user means (found by test/robustness): a number beyond a million billion, or a date
// cell whose number is past the calendar, is reported as bad input instead of leaking
// « Infinity,NaN € » or « Invalid Date » into messages and reports.
import { describe, expect, it } from 'vitest';
import { INVALID, MAX_NUMBER, parseNumber, parsePercent } from '../../src/core/numbers';
import { shown } from '../../src/workbook/messages';

describe('parseNumber — plausible magnitudes only', () => {
  it('reads up to NOMBRE_MAX = 10^15, either sign, typed or as text', () => {
    expect(parseNumber(1e15)).toBe(1e15);
    expect(parseNumber(-1e15)).toBe(-1e15);
    expect(parseNumber('1 000 000 000 000 000')).toBe(MAX_NUMBER);
  });

  it('refuses larger figures: their sums overflow (1e308 + 1e308 = Infinity)', () => {
    expect(parseNumber(1e308)).toBe(INVALID);
    expect(parseNumber(-9.99e20)).toBe(INVALID);
    expect(parseNumber('2 000 000 000 000 000 €')).toBe(INVALID);
    expect(parsePercent(1e300)).toBe(INVALID);
  });
});

describe('shown — a cell value quoted in a message', () => {
  it('an invalid Date (a number too large for a date cell) is named, not « Invalid Date »', () => {
    expect(shown(new Date(Number.NaN))).toBe('date hors calendrier');
    expect(shown(new Date(2026, 10, 23))).toBe('23/11/2026');
  });
});
