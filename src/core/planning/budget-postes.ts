// Répartir le budget on an empty Budget (SPEC §4 v2): five postes that pass their own alerts —
// a Humain poste of 25 % and an experimentation poste of 10 % (both rounded up to the euro), and
// one poste per horizon holding the rest of its maturity share (rounded down); the difference, in
// cents, goes to the largest horizon poste (Long terme on a tie), so the five add up exactly.
// Integer arithmetic on cents only: no float difference can leave a cent astray.

import { HORIZONS, type Horizon, type Maturite, type Nature } from '../../contract';
import { MATURITY_SHARES } from '../budget/split';

/** The smallest `Budget annuel` split into postes, in euros (a smaller one is refused). */
export const MIN_SPLIT_BUDGET = 100;
/** The largest `Budget annuel` computed exactly in cents, in euros (the validation rule's bound). */
export const MAX_SPLIT_BUDGET = 1e12;
/** Name of the Humain poste (25 % of the total). */
export const TRAINING_POSTE = 'Formation et accompagnement';
/** Name of the experimentation poste (10 % of the total). */
export const TESTS_POSTE = 'Tests de nouveaux canaux';

/** One poste to create: the Budget row's Poste, Horizon, Nature, Expérimentation and Montant prévu. */
export interface StarterPoste {
  poste: string;
  horizon: Horizon;
  nature: Nature;
  experimentation: 'Oui' | 'Non';
  /** Euros; whole except the largest horizon poste when the total has cents. */
  montant: number;
}

/** Whole percent of each horizon for a maturity (40/40/20, 50/30/20, 60/20/20). */
function percents(maturite: Maturite): Record<Horizon, number> {
  const shares = MATURITY_SHARES[maturite];
  return { 'Long terme': Math.round(shares['Long terme'] * 100), 'Résultats rapides': Math.round(shares['Résultats rapides'] * 100), 'Optimisation & imprévus': Math.round(shares['Optimisation & imprévus'] * 100) };
}

/** `percent` % of `cents`, in whole euros, rounded down or up (exact: integers below 2^53). */
function euros(cents: number, percent: number, round: 'down' | 'up'): number {
  const hundredths = cents * percent; // euros × 10 000
  const whole = Math.floor(hundredths / 10000);
  return round === 'up' && whole * 10000 < hundredths ? whole + 1 : whole;
}

/** The five postes for `total` € (MIN_SPLIT_BUDGET ≤ total ≤ MAX_SPLIT_BUDGET) at `maturite`. */
export function buildStarterPostes(total: number, maturite: Maturite): StarterPoste[] {
  const cents = Math.round(total * 100);
  const pct = percents(maturite);
  const training = euros(cents, 25, 'up');
  const tests = euros(cents, 10, 'up');
  const horizonEuros: Record<Horizon, number> = {
    'Long terme': euros(cents, pct['Long terme'], 'down') - training,
    'Résultats rapides': euros(cents, pct['Résultats rapides'], 'down') - tests,
    'Optimisation & imprévus': euros(cents, pct['Optimisation & imprévus'], 'down'),
  };
  const largest = HORIZONS.reduce((best, h) => (horizonEuros[h] > horizonEuros[best] ? h : best), HORIZONS[0]);
  const placed = training + tests + HORIZONS.reduce((sum, h) => sum + horizonEuros[h], 0);
  const differenceCents = cents - placed * 100;
  const montant = (h: Horizon) => (h === largest ? (horizonEuros[h] * 100 + differenceCents) / 100 : horizonEuros[h]);
  return [
    { poste: TRAINING_POSTE, horizon: 'Long terme', nature: 'Humain', experimentation: 'Non', montant: training },
    { poste: TESTS_POSTE, horizon: 'Résultats rapides', nature: 'Tech', experimentation: 'Oui', montant: tests },
    ...HORIZONS.map((h): StarterPoste => ({ poste: h, horizon: h, nature: 'Tech', experimentation: 'Non', montant: montant(h) })),
  ];
}
