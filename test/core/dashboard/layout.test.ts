// The pure dashboard layout: column letters follow the headers where the user put them, month
// criteria are portable, charts point at the right tables, empty tabs give a readable tab.
import { describe, expect, it } from 'vitest';
import { dashboardLayout, type DashboardLayout } from '../../../src/core/dashboard/layout';
import { ofMonth, monthFormulas, untilMonth } from '../../../src/core/dashboard/formulas';
import { exampleGrids } from '../../../src/core/example/workbook';
import { TAB } from '../../../src/contract';
import { readClasseur } from '../../../src/workbook/reader';
import { TEST_NOW } from '../../support/bundle';

/** Cell text by A1 (`B8`). */
function at(layout: DashboardLayout, a1: string): unknown {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  return layout.valeurs[Number(m[2]) - 1]?.[(m[1] as string).charCodeAt(0) - 65];
}

/** Row (1-based) whose first cell is `label`. */
function rowOf(layout: DashboardLayout, label: string): number {
  return layout.valeurs.findIndex((r) => r[0] === label) + 1;
}

/** Moves one column of a grid to the front (users move columns). */
function moveToFront(grid: unknown[][], header: string): unknown[][] {
  const i = (grid[0] ?? []).indexOf(header);
  return grid.map((r) => [r[i], ...r.slice(0, i), ...r.slice(i + 1)]);
}

describe('dashboardLayout', () => {
  const grids = exampleGrids(TEST_NOW);
  const layout = dashboardLayout(readClasseur(grids));

  it('counts statuses with COUNTIFS on the Mois and Statut columns of Plan (B and G in contract order)', () => {
    const row = rowOf(layout, 'Bloqué');
    expect(at(layout, `B${row}`)).toBe(`=${ofMonth(null, 'Plan!$B:$B', [['Plan!$G:$G', `$A${row}`]])}`);
    expect(at(layout, `B${row}`)).toContain('COUNTIFS(Plan!$B:$B,">="&$B$3,Plan!$B:$B,"<"&$C$3,Plan!$G:$G,$A10)');
    expect(layout.formules[row - 1]?.[1]).toBe(true);
    expect(layout.formules[row - 1]?.[0]).toBe(false);
  });

  it('follows moved columns: Statut first in Plan, Canal first in Mesures', () => {
    const moved = readClasseur({ ...grids, [TAB.plan]: moveToFront(grids[TAB.plan] ?? [], 'Statut'), [TAB.mesures]: moveToFront(grids[TAB.mesures] ?? [], 'Canal') });
    const l = dashboardLayout(moved);
    // Plan: Statut → A, ID → B, Mois → C. Mesures: Canal → A, Semaine → B, Dépenses stays C.
    expect(at(l, `B${rowOf(l, 'Fait')}`)).toContain('COUNTIFS(Plan!$C:$C,">="&$B$3,Plan!$C:$C,"<"&$C$3,Plan!$A:$A,$A');
    expect(at(l, `E${rowOf(l, 'Google Ads')}`)).toBe(`=SUMIFS(Mesures!$C:$C,Mesures!$B:$B,">="&$B$3,Mesures!$B:$B,"<"&$C$3,Mesures!$A:$A,$A${rowOf(l, 'Google Ads')})`);
    expect(at(l, 'B4')).toBe('=BOUSSOLE_METEO(Plan!A2:A,Plan!H2:H,TODAY())') // Échéance, right of Statut, stays H;
  });

  it('derives the month bounds and text patterns from the editable month cell', () => {
    expect(at(layout, 'B2')).toBe('=DATE(YEAR(TODAY()),MONTH(TODAY()),1)');
    expect(layout.formats[1]?.[1]).toBe('mmmm yyyy');
    expect(monthFormulas()[1]).toBe('=EOMONTH($B$3,0)+1');
    const kept = dashboardLayout(readClasseur(grids), { mois: new Date(2026, 9, 15) });
    expect(at(kept, 'B2')).toEqual(new Date(2026, 9, 15));
    expect(kept.formules[1]?.[1]).toBe(false);
  });

  it('sums the month and the months up to it, dates and text patterns alike', () => {
    expect(untilMonth('Plan!$J:$J', 'Plan!$B:$B')).toBe(
      'SUMIFS(Plan!$J:$J,Plan!$B:$B,"<"&$C$3)+SUMIFS(Plan!$J:$J,Plan!$B:$B,$D$3)+SUMIFS(Plan!$J:$J,Plan!$B:$B,$E$3)'
      + '+SUMIFS(Plan!$J:$J,Plan!$B:$B,$F$3)+SUMIFS(Plan!$J:$J,Plan!$B:$B,$G$3)');
  });

  it('gives each budget poste a live row and each horizon a SUMIFS over them', () => {
    const first = rowOf(layout, 'Poste') + 1;
    expect(at(layout, `A${first}`)).toBe('=IF(Budget!$A$2="","",Budget!$A$2)');
    expect(at(layout, `H${first}`)).toBe(`=IF(ISNUMBER(Budget!$F$2),Budget!$F$2,SUMIFS(Plan!$K:$K,Plan!$L:$L,$A${first}))`);
    const lt = rowOf(layout, 'Long terme');
    // 8 postes in the example: rows first … first + 7.
    expect(at(layout, `B${lt}`)).toBe(`=SUMIFS(C${first}:C${first + 7},B${first}:B${first + 7},$A${lt})`);
  });

  it('writes one BOUSSOLE_PROGRESSION for the objectives column and native value formulas', () => {
    const first = rowOf(layout, 'Leads — Tous');
    const last = first + 5;
    expect(at(layout, `B${first}`)).toBe(`=BOUSSOLE_PROGRESSION(E${first}:E${last},C${first}:C${last},D${first}:D${last})`);
    expect(at(layout, `B${first + 1}`)).toBe('');
    expect(at(layout, `C${rowOf(layout, 'ROAS — LinkedIn Ads')}`)).toBe(
      '=IFERROR((SUMIFS(Mesures!$H:$H,Mesures!$A:$A,">="&$B$3,Mesures!$A:$A,"<"&$C$3,Mesures!$B:$B,"LinkedIn Ads"))'
      + '/(SUMIFS(Mesures!$C:$C,Mesures!$A:$A,">="&$B$3,Mesures!$A:$A,"<"&$C$3,Mesures!$B:$B,"LinkedIn Ads")),"")');
  });

  it('places four charts right of the tables, each on its table with the header row', () => {
    const rows = (label: string) => rowOf(layout, label);
    expect(layout.graphiques.map((g) => [g.type, g.titre, g.plages, g.colonne])).toEqual([
      ['BAR', 'Actions du mois par statut', [`A${rows('Statut')}:B${rows('Abandonné')}`], 11],
      ['COLUMN', 'Budget prévu et réel cumulés par horizon', [`A${rows('Horizon')}:C${rows('Optimisation & imprévus')}`], 11],
      ['BAR', 'CAC par canal (€ par nouveau client)', [`A${rows('Canal')}:B${rows('Réseaux sociaux')}`], 11],
      ['BAR', 'Progression des objectifs', [`A${rows('Objectif')}:B${rows('ROAS — LinkedIn Ads')}`], 11],
    ]);
    expect(layout.largeur).toBeLessThan(11);
  });

  it('still lays out a readable tab for an empty classeur, with only the charts that have data', () => {
    const empty = dashboardLayout(readClasseur({}));
    expect(empty.valeurs.map((r) => r[0])).toContain('Aucun objectif dans l’onglet Objectifs.');
    expect(empty.valeurs.map((r) => r[0])).toContain('Aucun poste dans l’onglet Budget.');
    expect(empty.graphiques.map((g) => g.titre)).toEqual(['Actions du mois par statut', 'Budget prévu et réel cumulés par horizon']);
    expect(at(empty, `B${rowOf(empty, 'Long terme')}`)).toBe('=0');
  });

  it('lays out an objective whose unknown indicator is named like an Object property', () => {
    const objectifs = [['Indicateur', 'Canal', 'Valeur de départ', 'Cible', 'Échéance', 'Responsable', 'Sens'], ['constructor', 'Tous', 1, 2, '', '', 'Hausse']];
    const layout = dashboardLayout(readClasseur({ [TAB.objectifs]: objectifs }));
    const row = rowOf(layout, 'constructor — Tous');
    expect(at(layout, `C${row}`)).toBe('=""'); // no Mesures column of that name: empty value
    expect(layout.formats[row - 1]?.[2]).toBe('#,##0.00'); // a plain number, not a derived format (never #,##0.##: « 12, »)
  });
});
