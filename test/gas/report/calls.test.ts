// Performance (issue 4): service calls of boussoleGenererRapportPour do not grow with the rows.
import { describe, expect, it } from 'vitest';
import { countReportCalls, exampleBook, exampleBookAtScale, FEUILLE } from './support';

describe('report service calls', () => {
  it('are the same at 1× and 10× the example: first run, regeneration, next month', () => {
    const one = exampleBookAtScale(1);
    const ten = exampleBookAtScale(10);
    expect(ten.book.values('Plan').length).toBe(1 + 420);
    const first1 = countReportCalls(one);
    const first10 = countReportCalls(ten);
    expect(first10.byMethod).toEqual(first1.byMethod);
    const again1 = countReportCalls(one);
    const again10 = countReportCalls(ten);
    expect(again10.byMethod).toEqual(again1.byMethod);
    const sept1 = countReportCalls(one, '2026-09');
    const sept10 = countReportCalls(ten, '2026-09');
    expect(sept10.byMethod).toEqual(sept1.byMethod);
    // First run: Initialiser (v2) already made Historique and the snapshot tab, so the ten tabs are
    // read once each (getSheetByName + getSheetValues); only the report tab is inserted; report,
    // Historique and snapshot one setValues each.
    expect(first1.byMethod['Sheet.getSheetValues']).toBe(10);
    expect(first1.byMethod['Range.getValues']).toBeUndefined();
    expect(first1.byMethod['Spreadsheet.insertSheet']).toBe(1);
    expect(first1.byMethod['Range.setValues']).toBe(3);
    expect(first1.total).toBeLessThanOrEqual(51); // + the spreadsheet's time zone, read once (dates are its calendar days)
    // Regeneration: the 10 tabs read once each; report, Historique and snapshot one setValues each.
    expect(again1.byMethod['Sheet.getSheetValues']).toBe(10);
    expect(again1.byMethod['Range.setValues']).toBe(3);
    expect(again1.byMethod['Range.setNumberFormats']).toBe(3);
    expect(again1.byMethod['Spreadsheet.insertSheet']).toBeUndefined();
    expect(again1.total).toBeLessThanOrEqual(48);
    expect(sept1.total).toBeLessThanOrEqual(51); // a new tab, and the owned tabs grow (one size check each)
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
