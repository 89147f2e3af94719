// The pure layout of the report: rectangular matrices, capped lists, one page, empty sections.
import { describe, expect, it } from 'vitest';
import { exampleGrids } from '../../../src/core/example/workbook';
import { buildMonthlyReport } from '../../../src/core/report/model';
import { PAGE_WIDTH } from '../../../src/core/report/grid';
import { layoutReport } from '../../../src/core/report/layout';
import { readClasseur } from '../../../src/workbook/reader';
import { MOIS, TODAY } from '../../gas/report/support';
import type { HistoryRow } from '../../../src/core/types';

function layoutOf(grids: Record<string, unknown[][]>, month = MOIS, history: HistoryRow[] = []) {
  return layoutReport(buildMonthlyReport(readClasseur(grids), month, TODAY, history));
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

  it('opens the decisions with « Poursuivre, recadrer ou arrêter ? » after two stormy months', () => {
    const september: HistoryRow = { row: 2, mois: '2026-09', genereLe: null, meteo: '⛈️ Orageux', signauxRouges: 2, signauxOrange: 0,
      tauxRealisation: null, actionsDuMois: null, enRetard: null, bloquees: null, budgetPrevuCumule: null, reelCumule: null, budgetAnnuel: null };
    const v = layoutOf(exampleGrids(TODAY), MOIS, [september]).values;
    const at = v.findIndex((r) => r[0] === 'Décisions à prendre');
    // Budget annuel 12 000 € − actual to date 6 310 € (the postes' Réel à date) = 5 690 €; Date butoir 30/12/2026 is
    // 59 days after R = 01/11/2026; October and September ⛈️ → 2 stormy months.
    expect(v.slice(at + 1, at + 6).map((r) => r.slice(0, 2))).toEqual([
      ['Poursuivre, recadrer ou arrêter ?', 'Pourquoi : orageux ce mois-ci et le mois précédent.'],
      ['Budget restant : 5 690 € (12 000 € − 6 310 € dépensés)', 'Date butoir 30/12/2026 : pas de retard (dans 59 jours) · 2 mois orageux de suite'],
      ['Coût : les 5 690 € qu’il reste à dépenser valent-ils le bénéfice encore attendu ?', 'Alternatives : un outil standard, un périmètre réduit ?'],
      ['Annonce : qui le dit à l’équipe, et comment ?', 'Pour recadrer : menu Lancer un plan de relance 8 semaines.'],
      ['1. Débloquer « Intégrer les formulaires du site au CRM » (Karim Haddad) : quelle décision, qui la prend ?', ''],
    ]);
    expect(layoutOf(exampleGrids(TODAY)).values.some((r) => r[0] === 'Poursuivre, recadrer ou arrêter ?')).toBe(false);
  });

  it('prints at most 6 signal lines, rouge first, then points to the menu', () => {
    const report = buildMonthlyReport(readClasseur(exampleGrids(TODAY, 10)), MOIS, TODAY);
    const v = layoutReport(report).values;
    const at = v.findIndex((r) => String(r[0]).startsWith('Signaux d’alerte'));
    // 10×: Retard, Blocage and the 6 postes over the threshold are rouge, Gouvernance floue orange: at least 9 lines.
    const n = report.alertes.length;
    const rouges = report.alertes.filter((a) => a.niveau === 'rouge').length;
    expect(n).toBeGreaterThanOrEqual(9);
    expect(v[at]?.[0]).toBe(`Signaux d’alerte — ${n} (${rouges} rouges, ${n - rouges} orange)`);
    const levels = v.slice(at + 1, at + 7).map((r) => r[1]);
    expect(levels).toEqual([...levels].sort((a, b) => (a === 'Rouge' ? 0 : 1) - (b === 'Rouge' ? 0 : 1)));
    expect(levels.every((l) => l === 'Rouge' || l === 'Orange')).toBe(true);
    expect(v.slice(at + 1, at + 7).map((r) => r[0])).toEqual(report.alertes.slice(0, 6).map((a) => `${a.signal} — ${a.message}`));
    expect(v[at + 7]?.[0]).toBe(`… et ${n - 6} autres signaux : menu Vérifier les signaux d'alerte`);
  });
});
