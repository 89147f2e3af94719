// The sidebar snapshot (SPEC §8), computed by hand on a small classeur judged on 2026-11-18.
import { describe, expect, it } from 'vitest';
import { buildPanelSnapshot } from '../../../src/core/panel/snapshot';
import { TAB, TABLES } from '../../../src/contract';
import { readClasseur } from '../../../src/workbook/reader';

const d = (day: number, month = 11) => new Date(2026, month - 1, day);
const TODAY = new Date(2026, 10, 18, 10, 30);
const plan = (id: string, mois: string, action: string, statut: string, echeance: Date) =>
  [id, mois, 'Fondations', action, 'Ponctuelle', 'Marie', statut, echeance, '', '', '', '', '', ''];

const grids = {
  [TAB.cadrage]: [['Question', 'Réponse'], ['Entreprise', 'Menuiserie Lambert'], ['Projet', 'CRM']],
  [TAB.plan]: [
    TABLES.plan.map((c) => c.header),
    plan('A-001', '2026-11', 'Auditer le site', 'Fait', d(5)),
    plan('A-002', '2026-11', 'Choisir le CRM', 'En cours', d(20)),
    plan('A-003', '2026-11', 'Importer les contacts', 'Bloqué', d(10)),
    plan('A-004', '2026-11', '<img src=x onerror=alert(1)>', 'À faire', d(12)),
    plan('A-005', '2026-11', 'Former l’équipe', 'Bloqué', d(25)),
    plan('A-006', '2026-12', 'Lancer la newsletter', 'À faire', d(19)),
    plan('A-007', '2026-11', 'Salon', 'Abandonné', d(19)),
  ],
  [TAB.gouvernance]: [
    ['Chantier', 'R', 'A', 'C', 'I'],
    [],
    ['Rituel', 'Fréquence', 'Durée (min)', 'Participants', 'Prochaine date'],
    ['Point hebdo', 'hebdomadaire', 30, 'Marie, Paul', d(23)],
    ['Revue mensuelle', 'mensuelle', 60, 'Marie', d(30)],
    ['Comité trimestriel', 'trimestrielle', 120, 'Direction', d(10)],
  ],
};

describe('panneauDonnees', () => {
  const snapshot = buildPanelSnapshot(readClasseur(grids), TODAY);

  it('counts the month’s actions by status, late ones judged on today', () => {
    // November: A-001..A-005 and A-007 (6 actions); late = due before 18/11 and not Fait/Abandonné: A-003 (10/11), A-004 (12/11).
    expect(snapshot.compteurs).toEqual({ aFaire: 1, enCours: 1, bloquees: 2, enRetard: 2, faites: 1, total: 6 });
    expect(snapshot.mois).toBe('2026-11');
    expect(snapshot.moisLibelle).toBe('novembre 2026');
    expect(snapshot.projet).toBe('CRM');
  });

  it('shows a storm: Retard rouge (2 of 6 = 33 % ≥ 20 %) and Blocage rouge (2 blocked)', () => {
    expect(snapshot.meteo).toBe('⛈️ Orageux');
    expect(snapshot.alertes.slice(0, 2).map((a) => [a.signal, a.niveau])).toEqual([['Retard', 'rouge'], ['Blocage', 'rouge']]);
    expect(snapshot.alertes.length).toBeLessThanOrEqual(5);
    expect(snapshot.alertesTotal).toBeGreaterThanOrEqual(snapshot.alertes.length);
    expect(snapshot.alertes[0]?.cellules.every((c) => c.startsWith('Plan!'))).toBe(true);
  });

  it('lists this week’s actions (due in 0–7 days, not dropped) by due date', () => {
    // Today 18/11: A-006 19/11 (1 day, a December action), A-002 20/11 (2 days), A-005 25/11 (7 days); A-007 is Abandonné.
    expect(snapshot.semaine.map((a) => [a.id, a.dansJours, a.echeanceLibelle])).toEqual([
      ['A-006', 1, '19/11/2026'], ['A-002', 2, '20/11/2026'], ['A-005', 7, '25/11/2026'],
    ]);
    expect(snapshot.semaine[1]).toMatchObject({ ligne: 3, statut: 'En cours', cellule: 'Plan!G3', echeanceIso: '2026-11-20' });
  });

  it('finds the next ritual from today on', () => {
    expect(snapshot.prochainRituel).toEqual({ rituel: 'Point hebdo', dateIso: '2026-11-23', dateLibelle: '23/11/2026', dansJours: 5, participants: 'Marie, Paul' });
  });

  it('offers the last 12 months for the report, suggesting the current one after the 7th', () => {
    expect(snapshot.moisRapport[0]).toEqual({ valeur: '2026-11', libelle: 'novembre 2026' });
    expect(snapshot.moisRapport[11]?.valeur).toBe('2025-12');
    expect(snapshot.moisRapportSuggere).toBe('2026-11');
  });

  it('is JSON-safe: no Date, same value after a round trip', () => {
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe('actions à clarifier (v2, SPEC §8)', () => {
  it('is zero when every open action of the month and the next has an échéance and a responsable', () => {
    expect(buildPanelSnapshot(readClasseur(grids), TODAY).aClarifier).toEqual({ nombre: 0, cellules: [] });
  });
  it('counts the open actions of November and December missing either, with their empty cells', () => {
    const row = (id: string, mois: string, responsable: string, statut: string, echeance: Date | '') =>
      [id, mois, '', `Action ${id}`, '', responsable, statut, echeance, '', '', '', '', '', ''];
    const p = { [TAB.plan]: [TABLES.plan.map((c) => c.header),
      row('A-001', '2026-11', '', 'À faire', d(20)), // no responsable → F2
      row('A-002', '2026-12', 'Marie', 'En cours', ''), // no échéance → H3
      row('A-003', '2026-12', '', 'Bloqué', ''), // both → H4, F4
      row('A-004', '2026-11', '', 'Fait', ''), // done: not open
      row('A-005', '2027-01', '', 'À faire', ''), // January: neither month
      row('A-006', '2026-11', 'Paul', 'À faire', d(25))] };
    expect(buildPanelSnapshot(readClasseur(p), TODAY).aClarifier).toEqual({ nombre: 3, cellules: ['Plan!F2', 'Plan!H3', 'Plan!H4', 'Plan!F4'] });
  });
});
