// Reads `Plan` and `Budget` into typed rows (SPEC §2). Policy: a Plan row without a valid
// Statut is skipped; every other bad cell is blanked (null) with a problem, the row kept.

import { HORIZONS, NATURES, OUI_NON, PHASES, STATUTS, TAB, TABLES, TYPES_ACTION } from '../contract';
import type { Action, BudgetPoste } from '../core/types';
import type { ReadProblem } from './messages';
import { missingValue } from './messages';
import { rowSchemas } from './schemas';
import { readTable, validated } from './table';

/** Rows of one tab and the column letter of each header found. */
export interface ReadResult<T> {
  rows: T[];
  colonnes: Record<string, string>;
}

/** `Plan`: `Mois` and `Phase` cells left empty under a filled one (merged blocks) are filled down. */
export function readPlan(grid: unknown[][] | undefined, problemes: ReadProblem[]): ReadResult<Action> {
  const table = readTable(grid, TABLES.plan, TAB.plan, problemes, { fillDown: ['Mois', 'Phase'], keys: ['Statut'] });
  const rows: Action[] = [];
  for (const l of table.lignes) {
    const statut = l.choice('Statut', STATUTS, true);
    const candidate = {
      row: l.row,
      id: l.text('ID'),
      mois: l.month('Mois'),
      phase: l.choice('Phase', PHASES),
      action: l.text('Action'),
      type: l.choice('Type', TYPES_ACTION),
      responsable: l.text('Responsable'),
      echeance: l.date('Échéance'),
      faitLe: l.date('Fait le'),
      budgetPrevu: l.number('Budget prévu', 'euro'),
      budgetReel: l.number('Budget réel', 'euro'),
      poste: l.text('Poste budgétaire'),
      resultat: l.text('Résultat'),
      origine: l.text('Origine'),
      objectif: l.text('Objectif'),
    };
    if (statut === null) continue;
    const action = validated(rowSchemas().ACTION, { ...candidate, statut }, l, 'Statut');
    if (action !== null) rows.push(action);
  }
  return { rows, colonnes: { ...table.context.letters } };
}

/** `Budget`: a row without a Poste name is kept (its amounts still count) with a problem. */
export function readBudget(grid: unknown[][] | undefined, problemes: ReadProblem[]): ReadResult<BudgetPoste> {
  const table = readTable(grid, TABLES.budget, TAB.budget, problemes);
  const rows: BudgetPoste[] = [];
  for (const l of table.lignes) {
    const poste = l.text('Poste');
    if (poste === '') l.report('Poste', missingValue('Poste', 'text').replace('un texte', 'un nom de poste'));
    const candidate: BudgetPoste = {
      row: l.row,
      poste,
      horizon: l.choice('Horizon', HORIZONS),
      nature: l.choice('Nature', NATURES),
      experimentation: l.choice('Expérimentation', OUI_NON) === 'Oui',
      montantPrevu: l.number('Montant prévu', 'euro'),
      reel: l.number('Réel', 'euro'),
    };
    const posteBudget = validated(rowSchemas().POSTE, candidate, l, 'Poste');
    if (posteBudget !== null) rows.push(posteBudget);
  }
  return { rows, colonnes: { ...table.context.letters } };
}
