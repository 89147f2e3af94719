// Répartir le budget selon la maturité (SPEC §4): the BOUSSOLE_BUDGET split of the annual budget,
// and which empty `Montant prévu` cells get what. Per horizon, what is still unplanned (the
// horizon's share minus the amounts already typed) is shared equally among its empty postes.

import { HORIZONS, type Horizon, type Maturite } from '../../workbook/contract';
import { repartitionBudget, type LigneRepartition } from '../budget';
import { roundCents } from '../numbers';
import type { PosteBudget } from '../types';

/** An empty `Montant prévu` cell and the amount it will receive. */
export interface Remplissage {
  row: number;
  poste: string;
  horizon: Horizon;
  montant: number;
}

/** A poste to create on an empty Budget tab (named like its horizon). */
export interface NouveauPoste {
  poste: string;
  horizon: Horizon;
  montant: number;
}

/** The proposal shown to the user before anything is written. */
export interface PropositionBudget {
  total: number;
  maturite: Maturite;
  /** The five BOUSSOLE_BUDGET rows: three horizons, then the two guide rows. */
  lignes: LigneRepartition[];
  remplissages: Remplissage[];
  nouveauxPostes: NouveauPoste[];
  /** Horizons whose share is already covered by typed amounts (their empty cells stay empty). */
  couverts: Horizon[];
  /** Horizons with no poste at all on a non-empty Budget (nothing to fill). */
  sansPoste: Horizon[];
  /** Postes left alone because their Horizon is empty or unknown. */
  sansHorizon: PosteBudget[];
}

/** Splits `amount` in `n` parts to the cent; the last part takes the rounding rest. */
export function partsEgales(amount: number, n: number): number[] {
  if (n <= 0) return [];
  const part = Math.floor((amount * 100) / n + 1e-6) / 100;
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? part : roundCents(amount - part * (n - 1))));
}

/**
 * The proposal for `total` € at `maturite`. `montantVide(row)` says whether the Montant prévu
 * cell of a poste is truly empty (an unreadable value is not empty and is never overwritten).
 */
export function propositionBudget(total: number, maturite: Maturite, postes: readonly PosteBudget[], montantVide: (row: number) => boolean): PropositionBudget {
  const lignes = repartitionBudget(total, maturite);
  const part = (h: Horizon) => lignes.find((l) => l.libelle === h)?.montant ?? 0;
  const proposition: PropositionBudget = {
    total, maturite, lignes, remplissages: [], nouveauxPostes: [], couverts: [], sansPoste: [],
    sansHorizon: postes.filter((p) => p.horizon === null && montantVide(p.row)),
  };
  if (postes.length === 0) {
    proposition.nouveauxPostes = HORIZONS.map((horizon) => ({ poste: horizon, horizon, montant: part(horizon) }));
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
    partsEgales(reste, vides.length).forEach((montant, i) => {
      const p = vides[i];
      if (p) proposition.remplissages.push({ row: p.row, poste: p.poste, horizon, montant });
    });
  }
  return proposition;
}
