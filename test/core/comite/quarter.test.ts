// Quarters of the comité (SPEC §4 v2): keys, months, labels, and the suggestion — the quarter just
// ended during the first 15 days of a quarter, else the current one (boundaries: the 15th and 16th).
import { describe, expect, it } from 'vitest';
import { isQuarterKey, quarterLabelFr, quarterMonths, suggestedQuarter } from '../../../src/core/comite/quarter';
import { d } from '../fixtures';

describe('quarters', () => {
  it('reads only AAAA-Tn with n from 1 to 4', () => {
    expect(['2026-T1', '2026-T4'].map(isQuarterKey)).toEqual([true, true]);
    expect(['2026-T0', '2026-T5', '2026-t1', '2026T1', '2026-Q1', '26-T1', ' 2026-T1'].map(isQuarterKey)).toEqual(Array(7).fill(false));
  });

  it('gives the three months and the French label', () => {
    expect(quarterMonths('2026-T1')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(quarterMonths('2026-T4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(quarterLabelFr('2026-T1')).toBe('1er trimestre 2026');
    expect(quarterLabelFr('2027-T3')).toBe('3e trimestre 2027');
  });

  it('suggests the quarter just ended from the 1st to the 15th of a quarter’s first month, else the current one', () => {
    expect(suggestedQuarter(d('2026-10-01'))).toBe('2026-T3');
    expect(suggestedQuarter(new Date(2026, 9, 15, 23, 59))).toBe('2026-T3');
    expect(suggestedQuarter(d('2026-10-16'))).toBe('2026-T4');
    expect(suggestedQuarter(d('2027-01-10'))).toBe('2026-T4'); // across the year
    expect(suggestedQuarter(d('2026-11-05'))).toBe('2026-T4'); // second month of a quarter: current
    expect(suggestedQuarter(d('2026-09-30'))).toBe('2026-T3');
  });
});
