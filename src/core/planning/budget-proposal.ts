// Répartir le budget selon la maturité (SPEC §4): the BOUSSOLE_BUDGET split of the annual budget,
// and which empty `Montant prévu` cells get what. Per horizon, what is still unplanned (the
// horizon's share minus the amounts already typed) is shared equally among its empty postes; an
// empty Budget gets the five starter postes of budget-postes.ts (v2).

import { HORIZONS, type Horizon, type Maturite } from '../../contract';
import { budgetSplit, type SplitRow } from '../budget/split';
import { roundCents } from '../numbers';
import type { BudgetPoste } from '../types';
import { buildStarterPostes, type StarterPoste } from './budget-postes';

/** An empty `Montant prévu` cell and the amount it will receive. */
export interface Fill {
  row: number;
  poste: string;
  horizon: Horizon;
  montant: number;
}

/** The proposal shown to the user before anything is written. */
export interface BudgetProposal {
  total: number;
  maturite: Maturite;
  /** The five BOUSSOLE_BUDGET rows: three horizons, then the two guide rows. */
  lignes: SplitRow[];
  remplissages: Fill[];
  /** The five postes to create when Budget is empty (SPEC §4 v2), else []. */
  nouveauxPostes: StarterPoste[];
  /** Horizons whose share is already covered by typed amounts (their empty cells stay empty). */
  couverts: Horizon[];
  /** Horizons with no poste at all on a non-empty Budget (nothing to fill). */
  sansPoste: Horizon[];
  /** Postes left alone because their Horizon is empty or unknown. */
  sansHorizon: BudgetPoste[];
}

/** Splits `amount` in `n` parts to the cent; the last part takes the rounding rest. */
export function equalShares(amount: number, n: number): number[] {
  if (n <= 0) return [];
  const part = Math.floor((amount * 100) / n + 1e-6) / 100;
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? part : roundCents(amount - part * (n - 1))));
}

/**
 * The proposal for `total` € at `maturite`. `montantVide(row)` says whether the Montant prévu
 * cell of a poste is truly empty (an unreadable value is not empty and is never overwritten).
 */
export function buildBudgetProposal(total: number, maturite: Maturite, postes: readonly BudgetPoste[], montantVide: (row: number) => boolean): BudgetProposal {
  const lignes = budgetSplit(total, maturite);
  const part = (h: Horizon) => lignes.find((l) => l.libelle === h)?.montant ?? 0;
  const proposition: BudgetProposal = {
    total, maturite, lignes, remplissages: [], nouveauxPostes: [], couverts: [], sansPoste: [],
    sansHorizon: postes.filter((p) => p.horizon === null && montantVide(p.row)),
  };
  if (postes.length === 0) {
    proposition.nouveauxPostes = buildStarterPostes(total, maturite);
    return proposition;
  }
  for (const horizon of HORIZONS) {
    const duHorizon = postes.filter((p) => p.horizon === horizon);
    if (duHorizon.length === 0) proposition.sansPoste.push(horizon);
    const vides = duHorizon.filter((p) => montantVide(p.row));
    if (vides.length === 0) continue;
    const dejaPrevu = duHorizon.reduce((sum, p) => sum + (p.montantPrevu ?? 0), 0);
    const reste = roundCents(part(horizon) - dejaPrevu);
    if (reste <= 0) {
      proposition.couverts.push(horizon);
      continue;
    }
    equalShares(reste, vides.length).forEach((montant, i) => {
      const p = vides[i];
      if (p) proposition.remplissages.push({ row: p.row, poste: p.poste, horizon, montant });
    });
  }
  return proposition;
}
