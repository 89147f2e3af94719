// Backlog scoring (SPEC §5 BOUSSOLE_SCORE / BOUSSOLE_QUADRANT): pure arithmetic on 1–5 notes.

import type { Quadrant } from '../../contract';

/** Lowest note of the 1–5 scale. */
export const NOTE_MIN = 1;
/** Highest note of the 1–5 scale. */
export const NOTE_MAX = 5;
/** Weight of `Valeur métier` in the score: the value counts double. */
export const VALUE_WEIGHT = 2;
/** Highest raw score: 2·(5−1) + (5−1) + (5−1) = 16. */
export const RAW_SCORE_MAX = VALUE_WEIGHT * (NOTE_MAX - NOTE_MIN) + (NOTE_MAX - NOTE_MIN) + (NOTE_MAX - NOTE_MIN);
/** Scores are shown on 0–100. */
export const SCORE_SCALE = 100;
/** Default threshold of the impact × feasibility matrix. */
export const QUADRANT_THRESHOLD = 3;

/**
 * Score 0–100 of a backlog idea: ROUND(100 × (2·(valeur−1) + (urgence−1) + (5−complexite)) / 16).
 * Notes are expected in 1–5 (callers validate); rounding is half away from zero like Sheets' ROUND.
 */
export function scoreIdea(valeur: number, complexite: number, urgence: number): number {
  const brut = VALUE_WEIGHT * (valeur - NOTE_MIN) + (urgence - NOTE_MIN) + (NOTE_MAX - complexite);
  const score = (SCORE_SCALE * brut) / RAW_SCORE_MAX;
  return Math.sign(score) * Math.round(Math.abs(score) + 1e-9);
}

/**
 * Quadrant of the impact × feasibility matrix: `Démarrer` if impact ≥ seuil and faisabilité ≥ seuil,
 * `Préparer` if impact ≥ seuil and faisabilité < seuil, `Écarter` if impact < seuil.
 */
export function quadrant(impact: number, faisabilite: number, seuil = QUADRANT_THRESHOLD): Quadrant {
  if (impact < seuil) return 'Écarter';
  return faisabilite >= seuil ? 'Démarrer' : 'Préparer';
}
