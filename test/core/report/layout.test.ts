// The pure layout of the report: rectangular matrices, capped lists, one page, empty sections.
import { describe, expect, it } from 'vitest';
import { exampleGrids } from '../../../src/core/example/workbook';
import { buildMonthlyReport } from '../../../src/core/report/model';
import { PAGE_WIDTH } from '../../../src/core/report/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { readClasseur } from '../../../src/workbook/reader';
import { MOIS, TODAY } from '../../gas/report/support';

function layoutOf(grids: Record<string, unknown[][]>, month = MOIS) {
  return layoutReport(buildMonthlyReport(readClasseur(grids), month, TODAY));
}

describe('layoutRapport', () => {
  it('gives rectangular matrices of the same shape, 5 columns wide', () => {
    const l = layoutOf(exampleGrids(TODAY));
    const shape = (m: unknown[][]) => [m.length, ...new Set(m.map((r) => r.length))];
    const expected = [l.values.length, PAGE_WIDTH];
    for (const m of [l.values, l.numberFormats, l.fontWeights, l.fontColors, l.backgrounds, l.fontSizes, l.horizontalAlignments, l.wraps]) {
      expect(shape(m)).toEqual(expected);
    }
    expect(l.columnWidths).toHaveLength(PAGE_WIDTH);
  });

  it('caps lists at 8 with « … et N autres » (10× example: 40 done actions in October)', () => {
    const l = layoutOf(exampleGrids(TODAY, 10));
    const texts = l.values.map((r) => String(r[0]));
    const done = texts.indexOf('Faites (40)');
    expect(done).toBeGreaterThan(0);
    expect(texts[done + 9]).toBe('… et 32 autres');
    expect(texts).toContain('… et 42 autres'); // next month: 50 actions
    expect(l.values.length).toBeLessThanOrEqual(110);
  });

  it('says so in each section of an empty month', () => {
    const l = layoutOf(exampleGrids(TODAY), '2024-01');
    const texts = l.values.map((r) => String(r[0]));
    expect(texts).toContain('Aucune action prévue ce mois-ci dans l’onglet Plan.');
    expect(texts).toContain('Aucune action prévue : complétez l’onglet Plan.');
  });

  it('formats euros, percentages and dates', () => {
    const l = layoutOf(exampleGrids(TODAY));
    const i = l.values.findIndex((r) => r[0] === 'Long terme');
    expect(l.numberFormats[i]?.slice(1, 5)).toEqual(['#,##0 "€"', '#,##0 "€"', '#,##0 "€"', '#,##0 "€"']);
    const year = l.values.findIndex((r, at) => at > i + 1 && r[0] === 'Long terme');
    expect(l.numberFormats[year]?.slice(1, 5)).toEqual(['#,##0 "€"', '0%', '#,##0 "€"', '0%']);
    const cac = l.values.findIndex((r) => r[0] === 'CAC — tous canaux');
    expect(l.numberFormats[cac]?.[1]).toBe('#,##0.00 "€"');
    expect(l.rowHeight).toBe(15);
  });
});
