// BOUSSOLE_SYNTHESE on `Tableau de bord` (SPEC §2 v2): two rows × 11 at a fixed address no rebuild
// moves, native formulas only, values equal to the rules of SPEC §6 computed from the typed rows,
// following the input tabs live, added by Initialiser to a classeur older than v2.
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { INPUT_TABS, SYNTHESE_LABELS, TAB } from '../../../src/contract';
import { posteActual, indexPlanByPoste } from '../../../src/core/budget/tracking';
import { completion, isLate } from '../../../src/core/alerts/weather';
import { EXAMPLE_POSTES } from '../../../src/core/example/plan';
import { monthKey } from '../../../src/core/months';
import { normalize } from '../../../src/core/text';
import type { Workbook } from '../../../src/core/types';
import { readClasseur } from '../../../src/workbook/reader';
import type { Emulator } from '../../emulator';
import { TEST_NOW } from '../../support/bundle';
import { writeHistorique } from '../portfolio/clients';
import { DASH, exampleEmulator, planRow } from './support';

const VALUES = 'S3:AC3';
const NAMED = "'Tableau de bord'!S2:AC3";

/** The synthesis values row as a record by label. */
function synthesis(emu: Emulator): Record<string, unknown> {
  const row = emu.book.values(DASH, VALUES)[0] ?? [];
  return Object.fromEntries(SYNTHESE_LABELS.map((label, i) => [label, row[i]]));
}

/** The classeur as the reader sees it now. */
function classeurOf(emu: Emulator): Workbook {
  return readClasseur(Object.fromEntries(INPUT_TABS.filter((t) => emu.book.hasSheet(t)).map((t) => [t, emu.book.values(t)])));
}

/** *Actual to date* (SPEC §6): each poste's Réel, else the Budget réel of its Plan rows, plus Plan rows with an empty or unknown poste. */
function actualToDate(c: Workbook): number {
  const known = new Set(c.budget.map((p) => normalize(p.poste)).filter((p) => p !== ''));
  const postes = c.budget.reduce((sum, p) => sum + posteActual(p, indexPlanByPoste(c.plan)), 0);
  const others = c.plan.filter((a) => !known.has(normalize(a.poste))).reduce((sum, a) => sum + (a.budgetReel ?? 0), 0);
  return postes + others;
}

/** What each value must be, from the rules of SPEC §2/§6 on the typed rows. */
function expected(c: Workbook, today: Date): Record<string, unknown> {
  const month = c.plan.filter((a) => a.mois === monthKey(today)).map((a) => a.statut);
  const max = (dates: Date[]) => (dates.length === 0 ? '' : new Date(Math.max(...dates.map((x) => x.getTime()))));
  return {
    Entreprise: c.cadrage.entreprise,
    Projet: c.cadrage.projet,
    'Actions en retard': c.plan.filter((a) => isLate(a, today)).length,
    'Actions bloquées': c.plan.filter((a) => a.statut === 'Bloqué').length,
    'Taux de réalisation du mois': completion(month) ?? '',
    'Budget consommé': actualToDate(c) / (c.cadrage.budgetAnnuel ?? NaN),
    'Dernière mesure': max(c.mesures.map((m) => m.semaine)),
    'Dernier rituel': max(c.journal.map((j) => j.date)),
  };
}

function live(emu: Emulator): Record<string, unknown> {
  const s = synthesis(emu);
  const e = expected(classeurOf(emu), TEST_NOW);
  return Object.fromEntries(Object.keys(e).map((k) => [k, typeof s[k] === 'number' ? Math.round((s[k] as number) * 1e9) / 1e9 : s[k]]));
}
function rounded(e: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v]));
}

describe('BOUSSOLE_SYNTHESE on the example', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = exampleEmulator();
  }, 120_000);

  it('is a named range of 2 rows × 11 at S2:AC3, labels then values', () => {
    expect(emu.book.namedRanges()).toEqual({ BOUSSOLE_SYNTHESE: NAMED });
    expect(emu.book.values(DASH, 'S2:AC2')[0]).toEqual([...SYNTHESE_LABELS]);
  });

  it('uses native functions only, with no custom BOUSSOLE_* formula', () => {
    const formulas = emu.book.formulas(DASH, VALUES)[0] ?? [];
    expect(formulas.every((f) => f.startsWith('='))).toBe(true);
    expect(formulas.filter((f) => /BOUSSOLE_/.test(f))).toEqual([]);
  });

  it('gives each live value the SPEC’s rule computed from the typed rows', () => {
    const e = expected(classeurOf(emu), TEST_NOW);
    expect(live(emu)).toEqual(rounded(e));
    // By hand on the example (23/11/2026): 3 late actions, 2 blocked, nothing done yet in November,
    // 6 310 € spent of a 12 000 € budget, the last Monday noted is the 16th.
    expect(e['Actions en retard']).toBe(3);
    expect(e['Actions bloquées']).toBe(2);
    expect(e['Taux de réalisation du mois']).toBe(0);
    expect(actualToDate(classeurOf(emu))).toBeCloseTo(6310, 6);
    expect(e['Dernière mesure']).toEqual(new Date(2026, 10, 16));
  });

  it('shows — for the three « dernier rapport » cells while Historique has no row, then row 2', () => {
    expect([synthesis(emu)['Météo du dernier rapport'], synthesis(emu)['Mois du dernier rapport'], synthesis(emu)['Signaux rouges du dernier rapport']])
      .toEqual(['—', '—', '—']);
    writeHistorique(emu.book, { mois: '2026-10', meteo: '🌧️ Pluvieux', rouges: 1 }, TEST_NOW);
    expect([synthesis(emu)['Météo du dernier rapport'], synthesis(emu)['Mois du dernier rapport'], synthesis(emu)['Signaux rouges du dernier rapport']])
      .toEqual(['🌧️ Pluvieux', '2026-10', 1]);
  });
});

describe('BOUSSOLE_SYNTHESE follows the input tabs', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = exampleEmulator();
  }, 120_000);

  it('counts an action due yesterday as late, not one due today, and a new blocked one', () => {
    const before = synthesis(emu);
    const row = planRow(emu, 'Mettre en ligne le nouveau site');
    emu.book.setValues('Plan', `G${row}:H${row}`, [['Bloqué', new Date(2026, 10, 23)]]); // due today
    expect(synthesis(emu)['Actions bloquées']).toBe((before['Actions bloquées'] as number) + 1);
    expect(synthesis(emu)['Actions en retard']).toBe(before['Actions en retard']);
    emu.book.setValues('Plan', `H${row}`, [[new Date(2026, 10, 22)]]); // due yesterday
    expect(synthesis(emu)['Actions en retard']).toBe((before['Actions en retard'] as number) + 1);
    expect(live(emu)).toEqual(rounded(expected(classeurOf(emu), TEST_NOW)));
  });

  it('lets a typed Réel win over its Plan rows, and counts Plan rows with an unknown poste', () => {
    const budget = emu.book.values('Budget');
    const crm = budget.findIndex((r) => r[0] === EXAMPLE_POSTES.crm) + 1;
    expect(crm).toBeGreaterThan(1);
    emu.book.setValues('Budget', `F${crm}`, [[999]]);
    const plan = emu.book.values('Plan').length + 1;
    emu.book.setValues('Plan', `A${plan}:L${plan}`, [['A-900', '2026-11', 'Tester', 'Achat imprévu', 'Ponctuelle', 'Léa', 'Fait', '', '', '', 123, 'Poste inconnu']]);
    const c = classeurOf(emu);
    const crmPlan = c.plan.filter((a) => a.poste === EXAMPLE_POSTES.crm).reduce((sum, a) => sum + (a.budgetReel ?? 0), 0);
    expect(crmPlan).not.toBe(999); // the typed Réel really replaces a different Plan sum
    expect(actualToDate(c)).toBeCloseTo(6310 - crmPlan + 999 + 123, 6);
    expect(live(emu)).toEqual(rounded(expected(c, TEST_NOW)));
    expect(synthesis(emu)['Budget consommé']).toBeCloseTo(actualToDate(c) / 12000, 9);
  });

  it('gets correct formulas again from Actualiser after the user moved Plan columns', () => {
    const plan = emu.book.values('Plan');
    const swapped = plan.map((r) => [r[6], ...r.slice(1, 6), r[0], ...r.slice(7)]); // Statut ⇄ ID
    emu.book.setValues('Plan', `A1:O${plan.length}`, swapped.map((r) => Array.from({ length: 15 }, (_, i) => r[i] ?? '')));
    emu.run('boussoleActualiserTableauDeBord');
    expect(live(emu)).toEqual(rounded(expected(classeurOf(emu), TEST_NOW)));
    expect(emu.book.formulas(DASH, 'X3')[0]?.[0]).toBe('=COUNTIFS(Plan!$A:$A,"Bloqué")');
  });
});

describe('BOUSSOLE_SYNTHESE and the rebuilds', () => {
  it('stays at the same address through Actualiser le tableau de bord, with the same values', () => {
    const emu = exampleEmulator();
    const before = { named: emu.book.namedRanges(), values: emu.book.values(DASH, 'S1:AC4') };
    emu.run('boussoleActualiserTableauDeBord');
    emu.run('boussoleActualiserTableauDeBord');
    expect(emu.book.namedRanges()).toEqual(before.named);
    expect(emu.book.namedRanges()).toEqual({ BOUSSOLE_SYNTHESE: NAMED });
    expect(emu.book.values(DASH, 'S1:AC4')).toEqual(before.values);
    expect(emu.lock.writesWithoutLock()).toBe(0);
  });

  it('is added by Initialiser to a classeur older than v2, and a second run changes nothing', () => {
    const emu = exampleEmulator();
    vm.runInContext(`function __v1() { var ss = SpreadsheetApp.getActiveSpreadsheet(); ss.removeNamedRange('BOUSSOLE_SYNTHESE');
      ss.getSheetByName('Tableau de bord').getRange('S1:AC4').clearContent(); }`, emu.context);
    emu.run('__v1');
    expect(emu.book.namedRanges()).toEqual({});
    emu.run('boussoleInitialiser');
    expect(emu.ui.toasts.at(-1)?.message).toContain('Tableau de bord (synthèse pour le portefeuille)');
    expect(emu.book.namedRanges()).toEqual({ BOUSSOLE_SYNTHESE: NAMED });
    expect(live(emu)).toEqual(rounded(expected(classeurOf(emu), TEST_NOW)));
    const snapshot = emu.book.snapshot(TAB.tableau);
    emu.run('boussoleInitialiser');
    expect(emu.ui.toasts.at(-1)?.message).toBe('Le classeur était déjà prêt : rien n’a été modifié.');
    expect(emu.book.snapshot(TAB.tableau)).toEqual(snapshot);
  });
});
