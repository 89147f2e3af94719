// The pure monthly report model (buildMonthlyReport) and the capping of long action lists.
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMonthlyReport } from '../../../src/core/report/model';
import { capList } from '../../../src/core/report/actions';
import type { Action } from '../../../src/core/types';
import { action, calmWorkbook, d, idee, mesure, objectif, poste, resetRows } from '../fixtures';

const TODAY = d('2026-11-20');
beforeEach(resetRows);

const n = (count: number, over: Partial<Action>) => Array.from({ length: count }, () => action(over));

function exemple() {
  const plan = [
    ...n(10, { statut: 'Fait' }),
    action({ statut: 'Fait', poste: 'Formation', budgetPrevu: 200, budgetReel: 150 }),
    action({ statut: 'Bloqué', action: 'Choisir le CRM', responsable: 'Marc' }),
    action({ statut: 'Bloqué', action: 'Importer les contacts' }),
    action({ action: 'Relancer les devis', echeance: d('2026-11-10') }),
    action({ statut: 'Abandonné' }),
    action({ echeance: d('2026-11-30') }),
    action({ statut: 'En cours' }),
    ...n(2, { mois: '2026-12' }),
  ];
  return calmWorkbook({
    plan,
    budget: [
      poste({ row: 2, poste: 'Outil', montantPrevu: 2500, reel: 1050 }),
      poste({ row: 3, poste: 'Formation', horizon: 'Résultats rapides', nature: 'Humain', montantPrevu: 1000 }),
      poste({ row: 4, poste: 'Tests', horizon: 'Optimisation & imprévus', experimentation: true, montantPrevu: 500, reel: 800 }),
    ],
    mesures: [
      mesure('2026-10-19', 'Site', { Leads: 20 }),
      mesure('2026-11-16', 'Site', { Dépenses: 100, 'Nouveaux clients': 2, Leads: 10 }),
      mesure('2026-11-16', 'Salon', { Dépenses: 300, 'Nouveaux clients': 1, Leads: 5 }),
    ],
    objectifs: [objectif({ indicateur: 'Leads', depart: 0, cible: 100 })],
    backlog: [idee({ id: 'B-007', idee: 'Devis en ligne', quadrant: 'Démarrer', score: 81 })],
    problemes: [{ onglet: 'Plan', cellule: 'G40', message: 'x', lignesIgnorees: 1 }, { onglet: 'Mesures', cellule: 'A9', message: 'y', lignesIgnorees: 1 }, { onglet: 'Plan', cellule: 'J7', message: 'z', lignesIgnorees: 0 }],
  });
}

describe('buildMonthlyReport', () => {
  it('builds section 1 and the weather', () => {
    const r = buildMonthlyReport(exemple(), '2026-11', TODAY);
    expect(r.titre).toBe('Rapport mensuel — CRM — novembre 2026');
    expect(r.entreprise).toBe('Menuiserie Durand');
    expect(r.genereLeIso).toBe('2026-11-20');
    expect(r.referenceIso).toBe('2026-11-20');
    // rouge: Blocage (2 blocked), Dépassement « Tests » (800 > 500 × 1.5 = 750) and (v2) Actions à clarifier
    // (5 of the 7 open actions of November–December have no échéance) → ⛈️; orange: Retard (1 of 17),
    // (v2) Dérive du projet — rythme (2 000 / 4 000 = 50 % spent for 80 / 365 = 21,9 % of the year)
    // and Charge concentrée (Claire holds 4 of November's 5 open actions)
    expect(r.meteo).toBe('⛈️ Orageux');
    expect(r.alertes.map((a) => [a.signal, a.niveau])).toEqual([
      ['Blocage', 'rouge'], ['Dépassement budgétaire', 'rouge'], ['Actions à clarifier', 'rouge'],
      ['Retard', 'orange'], ['Dérive du projet', 'orange'], ['Charge concentrée', 'orange'],
    ]);
  });

  it('counts the month actions and caps the lists at 8', () => {
    const { actions } = buildMonthlyReport(exemple(), '2026-11', TODAY);
    expect(actions.total).toBe(17);
    expect(actions.compteurs).toEqual({ 'À faire': 2, 'En cours': 1, Bloqué: 2, Fait: 11, Abandonné: 1 });
    expect(actions.completion).toBe(11 / 16); // 11 Fait / (17 − 1 Abandonné)
    expect(actions.faites).toMatchObject({ total: 11, reste: 3, suite: '… et 3 autres' });
    expect(actions.faites.elements).toHaveLength(8);
    expect(actions.bloquees.suite).toBeNull();
    // the one due 30/11 is not late on 20/11
    expect(actions.enRetard.elements.map((a) => [a.action, a.echeanceIso, a.cellule])).toEqual([['Relancer les devis', '2026-11-10', 'Plan!D15']]);
  });

  it('gives indicators, budget, recommendations, next month and decisions', () => {
    const r = buildMonthlyReport(exemple(), '2026-11', TODAY);
    // Leads: November 10 + 5 = 15, October 20 → ▼; progression (15 − 0) / 100
    expect(r.indicateurs[0]).toMatchObject({ valeur: 15, valeurPrecedente: 20, progression: 0.15, tendance: '▼', favorable: false });
    expect(r.budget.horizons[1]).toMatchObject({ horizon: 'Résultats rapides', montantPrevu: 1000, reel: 150, prevuMois: 200, reelMois: 150, part: 0.25 });
    expect(r.budget.total).toMatchObject({ montantPrevu: 4000, reel: 2000 }); // 1 050 + 150 + 800
    expect(r.budget.postesAuDelaDuSeuil.map((p) => p.poste.poste)).toEqual(['Tests']);
    expect([r.budget.partHumain, r.budget.partExperimentation]).toEqual([0.25, 0.125]);
    // Salon CAC 300 vs Site 50, but over September–November Salon has 1 new client and Site 2 (< 5 each): no reallocation
    expect(r.recommandations.reallocation).toBeNull();
    expect(r.recommandations.quickWins).toEqual([{ id: 'B-007', idee: 'Devis en ligne', score: 81, ligne: expect.any(Number) }]);
    expect(r.moisProchain).toMatchObject({ mois: '2026-12', moisLibelle: 'décembre 2026' });
    expect(r.moisProchain.actions.total).toBe(2);
    expect(r.decisions).toEqual([
      'Débloquer « Choisir le CRM » (Marc) : quelle décision, qui la prend ?',
      'Débloquer « Importer les contacts » (Claire) : quelle décision, qui la prend ?',
      'Poste « Tests » : 800 € dépensés pour 500 € prévus (+60 %) — accepter, réallouer ou arrêter ?',
    ]);
    expect(r.lignesIgnorees).toBe(2);
  });

  it('writes a five-line synthesis', () => {
    expect(buildMonthlyReport(exemple(), '2026-11', TODAY).synthese).toEqual([
      'Météo : ⛈️ Orageux — 68,8 % des actions du mois réalisées.', // 11 / 16 = 68,75 %
      'Actions du mois : 11 faites, 2 bloquées, 1 en retard.',
      'Indicateur clé : Leads 15, cible 100, progression 15 % ▼.',
      'Budget : 2 000 € dépensés sur 4 000 € prévus (50 %).',
      'Signal principal (rouge) : Blocage (+ 5 autres signaux).',
    ]);
  });

  it('says « aucun signal » and stays JSON-friendly on a calm month', () => {
    const r = buildMonthlyReport(calmWorkbook({ plan: n(4, { statut: 'Fait' }) }), '2026-11', TODAY);
    expect(r.meteo).toBe('☀️ Ensoleillé');
    expect(r.synthese).toHaveLength(5);
    expect(r.synthese[4]).toBe('Signaux d’alerte : aucun signal.');
    expect(() => JSON.parse(JSON.stringify(r))).not.toThrow();
  });
});

describe('capper', () => {
  it('cuts after 8 with the full count kept', () => {
    const nine = Array.from({ length: 9 }, (_, i) => i);
    expect(capList(nine.slice(0, 8))).toMatchObject({ total: 8, reste: 0, suite: null });
    expect(capList(nine)).toMatchObject({ total: 9, reste: 1, suite: '… et 1 autre' });
    expect(capList([...nine, 9, 10])).toMatchObject({ total: 11, reste: 3, suite: '… et 3 autres', elements: [0, 1, 2, 3, 4, 5, 6, 7] });
  });
});
