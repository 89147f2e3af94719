// *Actual to date* of SPEC §6 (v2): what the project has spent so far, the figure that Dérive du
// projet, Historique and the comité compare with `Budget annuel`.

import { roundCents } from '../numbers';
import { normalize } from '../text';
import type { Action, BudgetPoste } from '../types';
import { indexPlanByPoste, posteActual, type PlanByPoste } from './tracking';

/**
 * Actual to date = Σ over `Budget` postes of their actual (`Réel`, else the sum of `Budget réel`
 * of their `Plan` rows) + `Budget réel` of the `Plan` rows whose poste is empty or unknown.
 * Plan rows of a poste typed twice in Budget are summed once. In cents.
 */
export function actualToDate(budget: readonly BudgetPoste[], plan: readonly Action[], parPoste: PlanByPoste = indexPlanByPoste(plan)): number {
  const known = new Set<string>();
  let total = 0;
  for (const poste of budget) {
    const key = normalize(poste.poste);
    if (poste.reel !== null) total += poste.reel;
    else if (!known.has(key)) total += posteActual(poste, parPoste);
    known.add(key);
  }
  for (const action of plan) {
    if (!known.has(normalize(action.poste))) total += action.budgetReel ?? 0;
  }
  return roundCents(total);
}
