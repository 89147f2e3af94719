// Actualiser le tableau de bord: rebuilds that tab only, under the lock, keeps a month the user
// typed, counts the same Apps Script calls whatever the number of rows; Initialiser builds it too;
// months typed as text in Plan are counted like dates.
import { describe, expect, it } from 'vitest';
import { buildMonthlyReport } from '../../../src/core/report/model';
import { readClasseur } from '../../../src/workbook/reader';
import { INPUT_TABS } from '../../../src/contract';
import { bundleEmulator, TEST_NOW } from '../../support/bundle';
import { DASH, exampleEmulator, line, planRow, sections } from './support';

describe('Actualiser le tableau de bord', () => {
  it('is in the menu and rewrites only its own tab, under the document lock', () => {
    const emu = exampleEmulator();
    emu.trigger('onOpen', 'FULL');
    expect(JSON.stringify(emu.ui.menus)).toContain('boussoleActualiserTableauDeBord');
    const others = emu.book.sheetNames().filter((n) => n !== DASH);
    const before = others.map((n) => emu.book.snapshot(n));
    emu.run('boussoleActualiserTableauDeBord');
    emu.run('boussoleActualiserTableauDeBord');
    expect(emu.book.sheetNames().filter((n) => n !== DASH)).toEqual(others);
    expect(others.map((n) => emu.book.snapshot(n))).toEqual(before);
    expect(emu.lock.writesWithoutLock()).toBe(0);
    expect(emu.book.charts(DASH)).toHaveLength(4); // old charts removed, not stacked
    expect(emu.ui.toasts.at(-1)?.message).toBe('Tableau de bord actualisé : 42 actions, 8 postes, 6 objectifs ; les formules suivent vos saisies en direct.');
    expect(emu.ui.alerts).toEqual([]);
  });

  it('keeps a month the user typed in B2', () => {
    const emu = exampleEmulator();
    emu.run('boussoleActualiserTableauDeBord');
    emu.book.setValues(DASH, 'B2', [[new Date(2026, 9, 15)]]);
    emu.run('boussoleActualiserTableauDeBord');
    expect(emu.book.values(DASH, 'B2')[0]?.[0]).toEqual(new Date(2026, 9, 15));
    expect(line(sections(emu), 'Actions du mois', 'Total')[0]).toBe(8); // October: 8 actions
  });

  it('makes the same number of Apps Script calls at 1× and 10× the example rows', () => {
    const count = (scale: number) => {
      const emu = exampleEmulator({ scale, viaMenu: false });
      emu.calls.reset();
      emu.run('boussoleActualiserTableauDeBord');
      return { total: emu.calls.total(), plan: emu.book.values('Plan').length };
    };
    const one = count(1);
    const ten = count(10);
    expect(ten.plan).toBeGreaterThan(one.plan * 9);
    expect(ten.total).toBe(one.total);
    console.log(`boussoleActualiserTableauDeBord: ${one.total} Apps Script calls at 1× (${one.plan} Plan rows) and ${ten.total} at 10× (${ten.plan})`);
  });
});

describe('Initialiser le classeur', () => {
  it('builds the dashboard on the new tab, with the charts that have data', () => {
    const emu = bundleEmulator();
    emu.run('boussoleInitialiser');
    expect(emu.book.sheetNames()).toContain(DASH);
    expect(emu.book.formulas(DASH, 'B8')[0]?.[0]).toMatch(/^=COUNTIFS\(Plan!\$B:\$B,">="&\$B\$3/);
    expect(emu.book.charts(DASH).map((c) => c.title)).toEqual(['Actions du mois par statut', 'Budget prévu et réel cumulés par horizon']);
  });
});

describe('Months typed as text in Plan', () => {
  it('are counted in their month like dates, as the report counts them', () => {
    const emu = exampleEmulator({ viaMenu: false });
    const typed: Array<[string, string]> = [
      ['Mettre en ligne le nouveau site', '2026-11'],
      ['Atelier : le CRM au quotidien', '11/2026'],
      ['Faire le bilan du test LinkedIn Ads', 'Novembre 2026'],
      ['Automatiser la séquence de bienvenue', 'décembre 2026'],
    ];
    for (const [action, mois] of typed) emu.book.setValues('Plan', `B${planRow(emu, action)}`, [[mois]]);
    emu.run('boussoleActualiserTableauDeBord');
    const grids = Object.fromEntries(INPUT_TABS.filter((t) => emu.book.hasSheet(t)).map((t) => [t, emu.book.values(t)]));
    const report = buildMonthlyReport(readClasseur(grids), '2026-11', TEST_NOW);
    const s = sections(emu);
    expect(['À faire', 'En cours', 'Total'].map((l) => line(s, 'Actions du mois', l)[0])).toEqual([3, 2, 5]);
    expect([report.actions.compteurs['À faire'], report.actions.compteurs['En cours'], report.actions.total]).toEqual([3, 2, 5]);
    // Month budget still sees the text months: Long terme 600 (site, « 2026-11 ») + 450 (atelier, « 11/2026 »).
    expect(line(s, 'Budget prévu et réel par horizon', 'Long terme')[2]).toBe(1050);
  });
});
