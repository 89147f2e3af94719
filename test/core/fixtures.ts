// Small factories for Classeur fixtures of the core tests: every row gets sensible defaults.

import type { Action, Cadrage, Workbook, JournalEntry, BacklogIdea, RaciRow, Measure, Objective, BudgetPoste, PlanSnapshotRow, Ritual } from '../../src/core/types';

/** Local midnight of `AAAA-MM-JJ`. */
export function d(iso: string): Date {
  const [y, m, day] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, day ?? 1);
}

/**
 * A complete Cadrage (every express question answered, a pilote, a Mature 4 000 € budget that the
 * calm budget below matches), with `over` applied.
 */
export function cadrage(over: Partial<Cadrage> = {}): Cadrage {
  return {
    entreprise: 'Menuiserie Durand', projet: 'CRM', probleme: 'Les devis se perdent', utilisateurs: 'Claire, Marc',
    minimumUtile: 'Suivi des devis', dateButoir: d('2026-12-15'), vision: '', maturite: 'Mature', budgetAnnuel: 4000,
    debutFeuilleDeRoute: d('2026-09-01'), emailConsultant: '', seuilAlerte: 0.5, achatsParAn: null, dureeRelation: null,
    margeBrute: 1, pilote: 'Claire', minimumUtileLivre: null, avantage: '', douleurs: '', champions: [],
    rows: { probleme: 4, utilisateurs: 5, minimumUtile: 6, dateButoir: 7 }, ...over,
  };
}

let nextRow = 2;
/** Resets the automatic row counter (each factory call takes the next row when `row` is not given). */
export function resetRows(): void {
  nextRow = 2;
}

/** A Plan action on the next free row, with `over` applied. */
export function action(over: Partial<Action> = {}): Action {
  const row = over.row ?? nextRow++;
  return {
    row, id: `A-${String(row).padStart(3, '0')}`, mois: '2026-11', phase: null, action: `Action ${row}`, type: null,
    responsable: 'Claire', statut: 'À faire', echeance: null, faitLe: null, budgetPrevu: null, budgetReel: null,
    poste: '', resultat: '', origine: '', objectif: '', ...over,
  };
}

/** A Mesures row for the week of `semaine` (ISO date) on `canal`. */
export function mesure(semaine: string, canal: string, valeurs: Record<string, number>, row?: number): Measure {
  return { row: row ?? nextRow++, semaine: d(semaine), canal, valeurs };
}

/** A Budget poste on the next free row, with `over` applied. */
export function poste(over: Partial<BudgetPoste> = {}): BudgetPoste {
  return { row: over.row ?? nextRow++, poste: 'Poste', horizon: 'Long terme', nature: 'Tech', experimentation: false, montantPrevu: 1000, reel: null, ...over };
}

/** An Objectifs row on the next free row, with `over` applied. */
export function objectif(over: Partial<Objective> = {}): Objective {
  return { row: over.row ?? nextRow++, indicateur: 'Leads', canal: '', sens: 'Hausse', depart: null, cible: null, echeance: null, responsable: 'Marc', ...over };
}

/** A Backlog idea (notes 3 everywhere) on the next free row, with `over` applied. */
export function idee(over: Partial<BacklogIdea> = {}): BacklogIdea {
  return {
    row: over.row ?? nextRow++, id: 'B-001', idee: 'Idée', demandeur: '', ajouteeLe: null, valeur: 3, complexite: 3, urgence: 3,
    impact: 3, faisabilite: 3, score: null, quadrant: null, decision: null, moisPrevu: null, ...over,
  };
}

/** A RACI row with its R and A people. */
export function raci(chantier: string, r: string[], a: string[], row?: number): RaciRow {
  return { row: row ?? nextRow++, chantier, r, a, c: [], i: [] };
}

/** A Journal entry dated `date` (ISO), a Point hebdo unless `over` says otherwise. */
export function journal(date: string, row?: number, over: Partial<JournalEntry> = {}): JournalEntry {
  return { row: row ?? nextRow++, date: d(date), rituel: 'Point hebdo', meteo: '', decisions: '', blocages: '', participants: '', moral: null, retours: '', ...over };
}

/** A Gouvernance ritual on `row`, with `over` applied. */
export function rituel(nom: string, frequence: string, row: number, over: Partial<Ritual> = {}): Ritual {
  return { row, rituel: nom, frequence, duree: 30, participants: [], prochaineDate: null, ...over };
}

/** A row of the plan snapshot taken by the report of `moisRapport`. */
export function instantane(moisRapport: string, id: string, over: Partial<PlanSnapshotRow> = {}): PlanSnapshotRow {
  return { row: nextRow++, moisRapport, id, mois: moisRapport, echeance: null, statut: 'À faire', ...over };
}

/** A classeur with a complete cadrage and nothing else, unless overridden. */
export function classeur(over: Partial<Workbook> = {}): Workbook {
  return {
    cadrage: cadrage(), objectifs: [], mesures: [], backlog: [], plan: [], budget: [], raci: [], rituels: [], journal: [],
    instantanes: [], colonnes: {}, problemes: [], ...over,
  };
}

/**
 * A classeur of November 2026 judged on 2026-11-20 that fires no alert: complete cadrage with a
 * pilote, figures and a meeting on 2026-11-16, budget 2 500 Tech + 1 000 Humain (exactly 25 %) +
 * 500 experimentation (12.5 %) = the 4 000 € of Budget annuel, split 62,5 / 25 / 12,5 % (Mature:
 * 60 / 20 / 20), a clear RACI, no ritual listed (so none is checked). Its actions need an échéance
 * (else « Actions à clarifier ») and several responsables (else « Charge concentrée »).
 */
export function calmWorkbook(over: Partial<Workbook> = {}): Workbook {
  return classeur({
    mesures: [mesure('2026-11-16', 'Site', { Dépenses: 100, 'Nouveaux clients': 2, Leads: 10 }, 2)],
    journal: [journal('2026-11-16', 2)],
    budget: [
      poste({ row: 2, poste: 'Outil', montantPrevu: 2500 }),
      poste({ row: 3, poste: 'Formation', horizon: 'Résultats rapides', nature: 'Humain', montantPrevu: 1000 }),
      poste({ row: 4, poste: 'Tests', horizon: 'Optimisation & imprévus', experimentation: true, montantPrevu: 500 }),
    ],
    raci: [raci('CRM', ['Marc'], ['Claire'], 2)],
    ...over,
  });
}
