// Actual to date (SPEC §6): what the project has spent so far, the figure behind the budget left,
// `Historique`'s « Réel cumulé » and the project-drift checks.

import { roundCents } from '../numbers';
import { normalize } from '../text';
import type { Workbook } from '../types';
import { posteActual, type PlanByPoste } from './tracking';

/**
 * Σ over Budget postes of their actual (`Réel`, else Σ `Budget réel` of their Plan rows) + `Budget
 * réel` of Plan rows whose poste is empty or not a Budget poste.
 */
export function actualToDate(classeur: Workbook, parPoste: PlanByPoste): number {
  const known = new Set(classeur.budget.map((p) => normalize(p.poste)).filter((key) => key !== ''));
  let total = classeur.budget.reduce((sum, p) => sum + posteActual(p, parPoste), 0);
  for (const action of classeur.plan) {
    if (!known.has(normalize(action.poste))) total += action.budgetReel ?? 0;
  }
  return roundCents(total);
}
