// Elementary KPI arithmetic of SPEC §5 (progression, écart, CAC, ROAS, conversion, CLV), pure.

import { ratio } from '../numbers';

/**
 * BOUSSOLE_PROGRESSION: (actuel − depart) / (cible − depart), not clamped, so it also works for a
 * decreasing target (départ 100, cible 50, actuel 75 → 0.5). Null when cible = depart.
 */
export function progress(depart: number, actuel: number, cible: number): number | null {
  return ratio(actuel - depart, cible - depart);
}

/** BOUSSOLE_ECART: (reel − prevu) / prevu as a fraction; null when prevu = 0 (non budgété). */
export function variance(prevu: number, reel: number): number | null {
  return ratio(reel - prevu, prevu);
}

/** CAC = dépenses / nouveaux clients; null on division by zero. */
export function cac(depenses: number, nouveauxClients: number): number | null {
  return ratio(depenses, nouveauxClients);
}

/** ROAS = chiffre d'affaires / dépenses; null on division by zero. */
export function roas(chiffreAffaires: number, depenses: number): number | null {
  return ratio(chiffreAffaires, depenses);
}

/** Taux de conversion = conversions / visites; null on division by zero. */
export function conversionRate(conversions: number, visites: number): number | null {
  return ratio(conversions, visites);
}

/**
 * Panier moyen = chiffre d'affaires / conversions. SPEC does not fix the denominator; Conversions
 * (« ventes ou rendez-vous obtenus ») is the natural count of purchases. Null on division by zero.
 */
export function averageBasket(chiffreAffaires: number, conversions: number): number | null {
  return ratio(chiffreAffaires, conversions);
}

/** CLV = panier moyen × achats par an × durée (années) × marge (default 1). */
export function clv(panier: number, achatsParAn: number, dureeAnnees: number, marge = 1): number {
  return panier * achatsParAn * dureeAnnees * marge;
}
