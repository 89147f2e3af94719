// Performance (issue 4): service calls of boussoleGenererRapportPour do not grow with the rows.
import { describe, expect, it } from 'vitest';
import { countReportCalls, exampleBook, exampleBookAtScale, FEUILLE } from './support';

describe('report service calls', () => {
  it('are the same at 1× and 10× the example, first run and regeneration', () => {
    const one = exampleBookAtScale(1);
    const ten = exampleBookAtScale(10);
    expect(ten.book.values('Plan').length).toBe(1 + 420);
    const first1 = countReportCalls(one);
    const first10 = countReportCalls(ten);
    expect(first10.byMethod).toEqual(first1.byMethod);
    const again1 = countReportCalls(one);
    const again10 = countReportCalls(ten);
    expect(again10.total).toBe(again1.total);
    // One read per input tab (getSheetByName + getSheetValues), one write per matrix.
    expect(first1.byMethod['Sheet.getSheetValues']).toBe(8);
    expect(first1.byMethod['Range.getValues']).toBeUndefined();
    expect(first1.byMethod['Range.setValues']).toBe(1);
    // 36, + 1 getSheetByName for the snapshot tab `Boussole instantanés` (v2, Périmètre instable)
    expect(first1.total).toBeLessThanOrEqual(37);
    expect(one.book.values(FEUILLE).length).toBeGreaterThan(40);
  });

  it('the test-side scaled book equals what Charger un exemple writes at 1×', () => {
    const loaded = exampleBook();
    const written = exampleBookAtScale(1);
    for (const tab of ['Plan', 'Backlog', 'Mesures', 'Journal', 'Gouvernance', 'Cadrage']) {
      expect(written.book.values(tab)).toEqual(loaded.book.values(tab));
    }
  });
});
