// Budget split by digital maturity (SPEC §5 BOUSSOLE_BUDGET) and the guide shares of §6.

import { HORIZONS, MATURITES, type Horizon, type Maturite } from '../../contract';
import { roundCents } from '../numbers';
import { matchEnum } from '../text';

/** Shares per horizon (long terme / résultats rapides / optimisation & imprévus) by maturity. */
export const MATURITY_SHARES: Readonly<Record<Maturite, Readonly<Record<Horizon, number>>>> = {
  Débutante: { 'Long terme': 0.4, 'Résultats rapides': 0.4, 'Optimisation & imprévus': 0.2 },
  Intermédiaire: { 'Long terme': 0.5, 'Résultats rapides': 0.3, 'Optimisation & imprévus': 0.2 },
  Mature: { 'Long terme': 0.6, 'Résultats rapides': 0.2, 'Optimisation & imprévus': 0.2 },
};

/** Minimum share of the planned budget on people (1 € on people for 3 € of tech). */
export const HUMAN_SHARE_MIN = 0.25;
/** Minimum share of the planned budget on experimentation. */
export const EXPERIMENTATION_SHARE_MIN = 0.1;
/** Maximum recommended share of the planned budget on experimentation. */
export const EXPERIMENTATION_SHARE_MAX = 0.15;

/** Guide row labels of BOUSSOLE_BUDGET. */
export const HUMAN_MIN_LABEL = 'dont montée en compétences (min.)';
/** Guide row label of the experiment minimum (BOUSSOLE_BUDGET). */
export const EXPERIMENTATION_MIN_LABEL = 'dont expérimentation (min.)';

/** One row of the proposed split. */
export interface SplitRow {
  libelle: string;
  part: number;
  montant: number;
}

/** Reads a maturity typed in any case / accents (`MATURE`, `debutante`), or null. */
export function parseMaturity(value: unknown): Maturite | null {
  return matchEnum(value, MATURITES);
}

/**
 * The 5 rows of BOUSSOLE_BUDGET: the three horizons with their share and amount, then the two
 * guide rows (montée en compétences 25 %, expérimentation 10 % of the total). Amounts in cents.
 */
export function budgetSplit(total: number, maturite: Maturite): SplitRow[] {
  const parts = MATURITY_SHARES[maturite];
  const splitRow = (libelle: string, part: number): SplitRow => ({ libelle, part, montant: roundCents(total * part) });
  return [
    ...HORIZONS.map((horizon) => splitRow(horizon, parts[horizon])),
    splitRow(HUMAN_MIN_LABEL, HUMAN_SHARE_MIN),
    splitRow(EXPERIMENTATION_MIN_LABEL, EXPERIMENTATION_SHARE_MIN),
  ];
}
