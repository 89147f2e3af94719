// Budget planned vs actual (SPEC §6 section 4 and the budget alerts): actual of each poste,
// figures per horizon for the month and cumulated, postes over budget, human and experimentation
// shares. Plan rows are indexed once by normalized poste.

import { HORIZONS, type Horizon } from '../../contract';
import { roundCents } from '../numbers';
import { normalize } from '../text';
import type { Action, Workbook, MonthKey, BudgetPoste } from '../types';

/** Over this multiple of `Montant prévu` a poste is over budget (orange). */
export const OVERRUN_ORANGE = 1.1;

/** Plan rows by normalized `Poste budgétaire`. */
export type PlanByPoste = Map<string, Action[]>;

/** Indexes Plan rows by normalized poste in one pass. */
export function indexPlanByPoste(plan: readonly Action[]): PlanByPoste {
  const index: PlanByPoste = new Map();
  for (const action of plan) {
    const key = normalize(action.poste);
    if (key === '') continue;
    const list = index.get(key);
    if (list) list.push(action);
    else index.set(key, [action]);
  }
  return index;
}

/** Actual of a poste: `Réel` when typed (it wins), else the sum of `Budget réel` of its Plan rows. */
export function posteActual(poste: BudgetPoste, parPoste: PlanByPoste): number {
  if (poste.reel !== null) return poste.reel;
  const actions = parPoste.get(normalize(poste.poste)) ?? [];
  return roundCents(actions.reduce((sum, a) => sum + (a.budgetReel ?? 0), 0));
}

/** Figures of one horizon; `horizon` null gathers Plan amounts whose poste is unknown or has no horizon. */
export interface BudgetHorizon {
  horizon: Horizon | null;
  /** Sum of `Montant prévu` of the horizon's postes (the year). */
  montantPrevu: number;
  /** Sum of the postes' actual (Réel or summed from Plan). */
  reel: number;
  /** Share of the horizon in the total planned (`Montant prévu`), null when the total is 0. */
  part: number | null;
  prevuMois: number;
  reelMois: number;
  prevuCumul: number;
  reelCumul: number;
}

function emptyLine(horizon: Horizon | null): BudgetHorizon {
  return { horizon, montantPrevu: 0, reel: 0, part: null, prevuMois: 0, reelMois: 0, prevuCumul: 0, reelCumul: 0 };
}

/**
 * Budget per horizon. Month figures = `Budget prévu` / `Budget réel` of the Plan rows of that month,
 * grouped by the horizon of their poste; cumulated = Plan rows with Mois ≤ month (since the start of
 * the roadmap). The « sans horizon » line (horizon null) is returned only when it holds an amount.
 */
export function budgetByHorizon(classeur: Workbook, month: MonthKey, parPoste: PlanByPoste): BudgetHorizon[] {
  const lines = new Map<Horizon | null, BudgetHorizon>(HORIZONS.map((h) => [h, emptyLine(h)]));
  lines.set(null, emptyLine(null));
  const horizonOf = new Map<string, Horizon | null>();
  for (const poste of classeur.budget) {
    const line = lines.get(poste.horizon) as BudgetHorizon;
    line.montantPrevu += poste.montantPrevu ?? 0;
    line.reel += posteActual(poste, parPoste);
    const key = normalize(poste.poste);
    if (!horizonOf.has(key)) horizonOf.set(key, poste.horizon);
  }
  for (const action of classeur.plan) {
    if (action.mois === null || action.mois > month) continue;
    const line = lines.get(horizonOf.get(normalize(action.poste)) ?? null) as BudgetHorizon;
    line.prevuCumul += action.budgetPrevu ?? 0;
    line.reelCumul += action.budgetReel ?? 0;
    if (action.mois === month) {
      line.prevuMois += action.budgetPrevu ?? 0;
      line.reelMois += action.budgetReel ?? 0;
    }
  }
  const total = totalPlanned(classeur.budget);
  return [...lines.values()]
    .filter((l) => l.horizon !== null || l.montantPrevu + l.reel + l.prevuCumul + l.reelCumul !== 0)
    .map((l) => ({ ...l, montantPrevu: roundCents(l.montantPrevu), reel: roundCents(l.reel), part: total > 0 ? l.montantPrevu / total : null,
      prevuMois: roundCents(l.prevuMois), reelMois: roundCents(l.reelMois), prevuCumul: roundCents(l.prevuCumul), reelCumul: roundCents(l.reelCumul) }));
}

/** Total planned budget: sum of `Montant prévu`. */
export function totalPlanned(postes: readonly BudgetPoste[]): number {
  return roundCents(postes.reduce((sum, p) => sum + (p.montantPrevu ?? 0), 0));
}

/** Share of `Montant prévu` on `Humain` postes; null when nothing is planned. */
export function humanShare(postes: readonly BudgetPoste[]): number | null {
  const total = totalPlanned(postes);
  const humain = postes.filter((p) => p.nature === 'Humain').reduce((sum, p) => sum + (p.montantPrevu ?? 0), 0);
  return total > 0 ? humain / total : null;
}

/** Share of `Montant prévu` on postes marked `Expérimentation` Oui; null when nothing is planned. */
export function experimentationShare(postes: readonly BudgetPoste[]): number | null {
  const total = totalPlanned(postes);
  const essai = postes.filter((p) => p.experimentation).reduce((sum, p) => sum + (p.montantPrevu ?? 0), 0);
  return total > 0 ? essai / total : null;
}

/** A poste whose actual exceeds its planned amount by more than 10 %. */
export interface Overrun {
  poste: BudgetPoste;
  prevu: number;
  reel: number;
  /** (reel − prevu) / prevu; null when nothing was planned (non budgété). */
  ecart: number | null;
  niveau: 'rouge' | 'orange';
}

/**
 * Postes over budget: Réel > Montant prévu × 1.10 (orange), > Montant prévu × (1 + seuil) (rouge).
 * An empty Montant prévu counts as 0, so any spending on it is a rouge « non budgété » overrun.
 * Thresholds are compared in cents.
 */
export function overBudgetPostes(postes: readonly BudgetPoste[], parPoste: PlanByPoste, seuil: number): Overrun[] {
  const out: Overrun[] = [];
  for (const poste of postes) {
    const prevu = poste.montantPrevu ?? 0;
    const reel = posteActual(poste, parPoste);
    if (!(reel > roundCents(prevu * OVERRUN_ORANGE))) continue;
    const niveau = reel > roundCents(prevu * (1 + seuil)) ? 'rouge' : 'orange';
    out.push({ poste, prevu, reel, ecart: prevu > 0 ? (reel - prevu) / prevu : null, niveau });
  }
  return out;
}
