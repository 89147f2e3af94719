// Months, dates and French numbers as users type them (SPEC §2 Plan.Mois, §5 text numbers), the
// week → month rule, and the report's reference date R and suggested month (SPEC §6).
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inMonth, mondayOf, parseDate, parseMonth, referenceDate, suggestedReportMonth } from '../../src/core/months';
import { INVALID, parseNumber, parsePercent } from '../../src/core/numbers';

const NBSP = '\u00a0'; // no-break space (Sheets' French thousands separator)
const NNBSP = '\u202f'; // narrow no-break space (French typography before % and €)

describe('parseMonth — the four spellings of SPEC §2', () => {
  it('reads a date in the month, 2026-11, 11/2026 and novembre 2026 as 2026-11', () => {
    expect(parseMonth(new Date(2026, 10, 23))).toBe('2026-11');
    expect(parseMonth('2026-11')).toBe('2026-11');
    expect(parseMonth('11/2026')).toBe('2026-11');
    expect(parseMonth('novembre 2026')).toBe('2026-11');
    expect(parseMonth('  NOVEMBRE   2026 ')).toBe('2026-11'); // case and spaces free
    expect(parseMonth('Decembre 2026')).toBe('2026-12'); // accents free
    expect(parseMonth(`août${NBSP}2027`)).toBe('2027-08');
    expect(parseMonth('23/11/2026')).toBe('2026-11'); // a full date typed as text
  });
  it('reads a Date from another realm (Apps Script values)', () => {
    expect(parseMonth(vm.runInNewContext('new Date(2027, 0, 31)'))).toBe('2027-01');
  });
  it('gives null for empty and INVALIDE for a month that does not exist', () => {
    expect(parseMonth('')).toBeNull();
    expect(parseMonth(null)).toBeNull();
    expect(parseMonth('2026-13')).toBe(INVALID);
    expect(parseMonth('13/2026')).toBe(INVALID);
    expect(parseMonth('brumaire 2026')).toBe(INVALID);
  });
});

describe('parseDate', () => {
  it('reads ISO and French dates, and a spreadsheet serial number', () => {
    expect(parseDate('2026-11-23')).toEqual(new Date(2026, 10, 23));
    expect(parseDate('23/11/2026')).toEqual(new Date(2026, 10, 23));
    expect(parseDate('23/11/26')).toEqual(new Date(2026, 10, 23));
    // serial 1 = 31/12/1899; 01/01/2025 = 45 658; + 365 = 46 023 for 01/01/2026;
    // 23/11/2026 is day 304 + 23 = 327 of 2026 → 46 023 + 326 = 46 349
    expect(parseDate(46349)).toEqual(new Date(2026, 10, 23));
  });
  it('refuses an impossible date rather than rolling it over', () => {
    expect(parseDate('31/02/2026')).toBe(INVALID); // would be 03/03 in new Date()
    expect(parseDate('demain')).toBe(INVALID);
    expect(parseDate('  ')).toBeNull();
  });
});

describe('the week → month rule', () => {
  it('counts a Semaine dated on the 30th in its own month, whatever its Monday', () => {
    // Monday 30/11/2026: the week runs into December but the row counts in November
    expect(inMonth(new Date(2026, 10, 30), '2026-11')).toBe(true);
    expect(inMonth(new Date(2026, 10, 30), '2026-12')).toBe(false);
    // Sunday 29/11/2026 belongs to the week of Monday 23/11
    expect(mondayOf(new Date(2026, 10, 29))).toEqual(new Date(2026, 10, 23));
    expect(mondayOf(new Date(2026, 10, 25))).toEqual(new Date(2026, 10, 23)); // a Wednesday
  });
});

describe('referenceDate R = min(today, first day of the following month)', () => {
  const today = new Date(2026, 10, 20, 15, 30); // Friday 20/11/2026, afternoon
  it('judges a past month at its end', () => {
    // October: min(20/11, 01/11) = 01/11/2026
    expect(referenceDate('2026-10', today)).toEqual(new Date(2026, 10, 1));
  });
  it('judges the current month today (at midnight), and a future month too', () => {
    // November: min(20/11, 01/12) = 20/11/2026
    expect(referenceDate('2026-11', today)).toEqual(new Date(2026, 10, 20));
    expect(referenceDate('2027-01', today)).toEqual(new Date(2026, 10, 20));
  });
  it('is the first of the month when today is that day', () => {
    expect(referenceDate('2026-10', new Date(2026, 10, 1, 9))).toEqual(new Date(2026, 10, 1));
  });
});

describe('suggestedReportMonth', () => {
  it('is the previous month during days 1–7, else the current month', () => {
    expect(suggestedReportMonth(new Date(2026, 10, 7, 23))).toBe('2026-10');
    expect(suggestedReportMonth(new Date(2026, 10, 8, 0))).toBe('2026-11');
    expect(suggestedReportMonth(new Date(2027, 0, 3))).toBe('2026-12'); // across the year
  });
});

describe('parseNumber — French text numbers (SPEC §5)', () => {
  it('reads 1 234,5, 12 %, 3 000 € and no-break spaces', () => {
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber(`1${NBSP}234,5`)).toBe(1234.5);
    expect(parseNumber(`1${NNBSP}234,50${NNBSP}€`)).toBe(1234.5);
    expect(parseNumber('3 000 €')).toBe(3000);
    expect(parseNumber('12 %')).toBe(0.12); // 12 × 0.01
    expect(parseNumber(`12,5${NNBSP}%`)).toBeCloseTo(0.125, 12);
    expect(parseNumber('-80')).toBe(-80);
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber(42)).toBe(42);
  });
  it('gives null for empty and INVALIDE for words or broken grouping', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(`${NBSP} `)).toBeNull();
    expect(parseNumber('beaucoup')).toBe(INVALID);
    expect(parseNumber('1 23')).toBe(INVALID); // groups of three digits only
    expect(parseNumber(true)).toBe(INVALID);
  });
  it('reads a percentage typed with or without %', () => {
    expect(parsePercent('50 %')).toBe(0.5);
    expect(parsePercent(0.5)).toBe(0.5); // a cell formatted 0 %
    expect(parsePercent(50)).toBe(0.5); // 50 typed without % → 50 / 100
    expect(parsePercent('')).toBeNull();
  });
});

describe('abbreviated French month names', () => {
  it('accepts any unambiguous abbreviation of three letters or more, with or without a dot', () => {
    // nov → novembre (11), déc → décembre (12), avr → avril (4), oct → octobre (10), janv → janvier (1)
    expect(parseMonth('nov. 2026')).toBe('2026-11');
    expect(parseMonth('déc. 2026')).toBe('2026-12');
    expect(parseMonth('AVR 2027')).toBe('2027-04');
    expect(parseMonth('oct 2026')).toBe('2026-10');
    expect(parseMonth('janv. 2027')).toBe('2027-01');
    expect(parseMonth('juil. 2026')).toBe('2026-07');
  });

  it('refuses ambiguous or too short abbreviations', () => {
    expect(parseMonth('jui 2026')).toBe(INVALID); // juin or juillet
    expect(parseMonth('ma 2026')).toBe(INVALID); // mars or mai, and under three letters
    expect(parseMonth('noel 2026')).toBe(INVALID);
  });
});
