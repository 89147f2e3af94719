// The comité model value by value (SPEC §4 v2) on a hand-built classeur: quarter 2026-T4 judged on
// 10/01/2027, so R = 01/01/2027 (the day after the quarter, §6). Début = 01/09/2026, Budget annuel
// 4 000 € (Mature: 60 / 20 / 20 %), Date butoir 15/11/2026 (R is 47 days past: Dérive rouge).
import { describe, expect, it } from 'vitest';
import type { Meteo } from '../../../src/contract';
import { buildComite } from '../../../src/core/comite/model';
import { layoutComite } from '../../../src/core/comite/layout';
import { actualToDate } from '../../../src/core/budget/actual-to-date';
import type { HistoryRow } from '../../../src/core/types';
import { action, cadrage, classeur, d, idee, mesure, objectif, poste, resetRows } from '../fixtures';

const hist = (mois: string, meteo: Meteo): HistoryRow => ({
  row: 2, mois, genereLe: null, meteo, signauxRouges: null, signauxOrange: null, tauxRealisation: null, actionsDuMois: null,
  enRetard: null, bloquees: null, budgetPrevuCumule: null, reelCumule: null, budgetAnnuel: null,
});

function book() {
  resetRows();
  return classeur({
    cadrage: cadrage({ dateButoir: d('2026-11-15') }),
    budget: [
      poste({ poste: 'Outil', horizon: 'Long terme', montantPrevu: 2500 }),
      poste({ poste: 'Formation', horizon: 'Résultats rapides', nature: 'Humain', montantPrevu: 1000, reel: 1200 }),
      poste({ poste: 'Tests', horizon: 'Optimisation & imprévus', experimentation: true, montantPrevu: 500 }),
    ],
    plan: [
      action({ id: 'A-1', mois: '2026-09', poste: 'Outil', budgetPrevu: 300, budgetReel: 200, statut: 'Fait', resultat: 'Audit' }),
      action({ id: 'A-2', mois: '2026-08', poste: 'Outil', budgetPrevu: 1000, budgetReel: 50 }),
      action({ id: 'A-3', mois: '2026-10', action: 'Paramétrer le CRM', poste: 'Outil', budgetPrevu: 400, budgetReel: 500, statut: 'Fait', resultat: 'CRM en service' }),
      action({ id: 'A-4', mois: '2026-11', action: 'Former l’équipe', poste: 'Formation', budgetPrevu: 600, budgetReel: 700, statut: 'Fait' }),
      action({ id: 'A-5', mois: '2026-12', action: 'Newsletter', poste: 'Inconnu', budgetPrevu: 100, budgetReel: 80, statut: 'Abandonné', responsable: 'Léa', echeance: d('2026-12-20') }),
      action({ id: 'A-6', mois: '2027-01', poste: 'Tests', budgetPrevu: 900, budgetReel: 0, statut: 'Fait' }),
      action({ id: 'A-7', mois: '2026-12', poste: 'Tests', budgetPrevu: 250, statut: 'En cours' }),
    ],
    objectifs: [
      objectif({ indicateur: 'Leads', depart: 0, cible: 100, echeance: d('2027-08-31') }),
      objectif({ indicateur: 'CAC', canal: 'Site', sens: 'Baisse', depart: 100, cible: 50, echeance: d('2026-12-31') }),
    ],
    mesures: [
      mesure('2026-11-16', 'Site', { Dépenses: 1000, 'Nouveaux clients': 10 }),
      mesure('2026-12-07', 'Site', { Dépenses: 900, 'Nouveaux clients': 10, Leads: 10 }),
      mesure('2026-12-14', 'Email', { Dépenses: 200, 'Nouveaux clients': 5, Leads: 10 }),
    ],
    backlog: [
      idee({ id: 'B-001', decision: 'Préparer', quadrant: 'Démarrer', score: 60 }),
      idee({ id: 'B-002', quadrant: 'Préparer', score: 80 }),
      idee({ id: 'B-003', impact: 2, faisabilite: 4, ajouteeLe: d('2026-10-01') }),
      idee({ id: 'B-004', quadrant: 'Démarrer', ajouteeLe: d('2026-09-15') }),
      idee({ id: 'B-005', decision: 'Écarter' }),
      idee({ id: 'B-006', ajouteeLe: d('2027-02-01') }),
      idee({ id: 'B-007', impact: 4, faisabilite: 2 }),
    ],
  });
}

const TODAY = d('2027-01-10');
const HISTORY = [hist('2026-12', '⛈️ Orageux'), hist('2026-10', '🌤️ Variable')];

describe('buildComite — 2026-T4 on 10/01/2027', () => {
  const c = buildComite(book(), '2026-T4', TODAY, HISTORY);

  it('names the quarter and judges its last month on R = 01/01/2027', () => {
    expect(c.titre).toBe('Comité trimestriel — CRM — 4e trimestre 2026');
    expect(c.mois).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(c.reference).toEqual(d('2027-01-01'));
  });

  it('takes each month’s weather from Historique, null (—) for November with no report', () => {
    expect(c.meteos.map((m) => [m.libelle, m.meteo])).toEqual([['oct.', '🌤️ Variable'], ['nov.', null], ['déc.', '⛈️ Orageux']]);
  });

  it('values each objective for December against its target and its expected trajectory', () => {
    const [leads, cac] = c.objectifs;
    // Leads: 10 + 10 = 20 in December; (20 − 0) / (100 − 0) = 20 %; expected = days 01/09→31/12 (121)
    // over days 01/09/2026→31/08/2027 (364) = 33,2 %: 13 points below, within the 20 allowed.
    expect(leads).toMatchObject({ valeur: 20, cible: 100, progression: 0.2, horsTrajectoire: false });
    expect(leads?.attendu).toBeCloseTo(121 / 364, 12);
    // CAC Site: 900 / 10 = 90 €; (90 − 100) / (50 − 100) = 20 %; Échéance 31/12 → expected 100 %.
    expect(cac).toMatchObject({ valeur: 90, cible: 50, progression: 0.2, attendu: 1, horsTrajectoire: true });
  });

  it('sums the budget by horizon for the quarter, cumulated from Début, and the actual to date', () => {
    expect(c.budget.lignes).toEqual([
      // Quarter: A-3 400 / 500. Cumulated: A-1 300 + A-3 400 (A-2 of August is before Début). To date: Outil
      // has no Réel, so its Plan rows 200 + 50 + 500.
      { horizon: 'Long terme', prevuTrimestre: 400, reelTrimestre: 500, prevuCumule: 700, reelADate: 750 },
      // A-4 600 / 700; Formation's typed Réel 1 200 wins over its Plan rows.
      { horizon: 'Résultats rapides', prevuTrimestre: 600, reelTrimestre: 700, prevuCumule: 600, reelADate: 1200 },
      // A-7 250 / nothing; A-6 (January 2027) is after the quarter.
      { horizon: 'Optimisation & imprévus', prevuTrimestre: 250, reelTrimestre: 0, prevuCumule: 250, reelADate: 0 },
      // A-5 on the unknown poste « Inconnu ».
      { horizon: null, prevuTrimestre: 100, reelTrimestre: 80, prevuCumule: 100, reelADate: 80 },
    ]);
    expect(c.budget.total).toEqual({ horizon: null, prevuTrimestre: 1350, reelTrimestre: 1280, prevuCumule: 1650, reelADate: 2030 });
    expect(c.budget.total.reelADate).toBe(actualToDate(book().budget, book().plan));
  });

  it('puts the maturity split of Budget annuel beside the planned amounts', () => {
    // Mature 60 / 20 / 20 % of 4 000 €; planned 2 500 / 1 000 / 500 of 4 000 €.
    expect(c.budget.maturite).toBe('Mature');
    expect(c.budget.repartition).toEqual([
      { horizon: 'Long terme', partCible: 0.6, montantCible: 2400, montantPrevu: 2500, partPrevue: 0.625 },
      { horizon: 'Résultats rapides', partCible: 0.2, montantCible: 800, montantPrevu: 1000, partPrevue: 0.25 },
      { horizon: 'Optimisation & imprévus', partCible: 0.2, montantCible: 800, montantPrevu: 500, partPrevue: 0.125 },
    ]);
  });

  it('lists the quarter’s done actions with their Résultat and the abandoned ones (not A-1 of September nor A-6 of January)', () => {
    expect(c.faites.elements.map((a) => [a.id, a.resultat])).toEqual([['A-3', 'CRM en service'], ['A-4', '']]);
    expect(c.abandonnees.elements.map((a) => a.id)).toEqual(['A-5']);
  });

  it('lists ideas to prepare by Score and ideas waiting for a decision, oldest first', () => {
    // B-002 (Quadrant Préparer, no Décision, 80), B-001 (Décision Préparer, 60), B-007 (computed
    // Quadrant Préparer: impact 4 ≥ 3, faisabilité 2 < 3; score of notes 3/3/3 = 50).
    expect(c.aPreparer.elements.map((i) => [i.id, i.score])).toEqual([['B-002', 80], ['B-001', 60], ['B-007', 50]]);
    // Empty Décision on R: B-004 (15/09), B-003 (01/10); B-006 was added after R; B-002 and B-007 are to prepare.
    expect(c.enAttente.elements.map((i) => i.id)).toEqual(['B-004', 'B-003']);
  });

  it('gathers the Réorientations à décider', () => {
    const r = c.reorientations;
    // CAC Site is off trajectory in December (20 % for 100 %) and November (0 % for 90/121 = 74,4 %).
    expect(r.objectifs.map((a) => a.message)).toEqual([expect.stringContaining('« CAC — Site » : progression de 20 % en décembre 2026 pour 100 % attendus')]);
    // Oct–Dec: Site 1 900 € / 20 = 95 €, Email 200 € / 5 = 40 €; 95 ≥ 2 × 40 → 30 % of Site’s 900 € of December.
    expect(r.reallocation).toMatchObject({ depuis: 'Site', vers: 'Email', cacDepuis: 95, cacVers: 40, montant: 270 });
    // Formation: 1 200 > 1 000 × 1,10 but not > 1 000 × 1,5 → orange, +20 %.
    expect(r.postes.map((p) => [p.poste.poste, p.reel, p.prevu, p.niveau])).toEqual([['Formation', 1200, 1000, 'orange']]);
    expect(r.postes[0]?.ecart).toBeCloseTo(0.2, 12);
    // Dérive du projet délai: R 47 days past the Date butoir (> 30) → rouge → the block opens.
    expect(r.poursuivre).toMatchObject({ raisons: ['dérive du projet (signal rouge)'], budgetRestant: 1970, ecartButoirJours: 47 });
  });

  it('drops the block and every line when nothing calls for a reorientation', () => {
    const calm = book();
    calm.cadrage.dateButoir = d('2027-06-30');
    calm.objectifs = [];
    calm.mesures = [];
    calm.budget = calm.budget.map((p) => ({ ...p, reel: null }));
    const r = buildComite(calm, '2026-T4', TODAY, HISTORY).reorientations;
    expect(r).toMatchObject({ objectifs: [], reallocation: null, postes: [], poursuivre: null });
    const a = layoutComite(buildComite(calm, '2026-T4', TODAY, HISTORY)).values.map((row) => String(row[0]));
    expect(a.some((t) => t.startsWith('Aucune réorientation à décider'))).toBe(true);
  });
});

describe('layoutComite', () => {
  it('prints the weather line, the figures and caps lists at 8 then « … et N autres »', () => {
    const b = book();
    for (let i = 0; i < 9; i += 1) b.plan.push(action({ id: `F-${i}`, mois: '2026-11', statut: 'Fait', resultat: `R${i}` }));
    const layout = layoutComite(buildComite(b, '2026-T4', TODAY, HISTORY));
    const a = layout.values.map((r) => String(r[0]));
    expect(a).toContain('Météo du trimestre : oct. 🌤️ Variable · nov. — · déc. ⛈️ Orageux');
    expect(a).toContain('Faites (11)');
    expect(a[a.indexOf('Faites (11)') + 9]).toBe('… et 3 autres');
    const total = layout.values.find((r) => r[0] === 'Total');
    expect(total).toEqual(['Total', 1350, 1280, 1650, 2030]);
    expect(a).toContain('Poursuivre, recadrer ou arrêter ?');
    expect(layout.values.every((r) => r.length === 5)).toBe(true);
  });
});
