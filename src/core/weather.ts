// Project weather (SPEC §6): from the count of rouge alerts and the completion rate, and the
// part of the rule book that can be judged from a list of actions alone (BOUSSOLE_METEO).

import type { Meteo, Statut } from '../workbook/contract';
import { startOfDay } from './months';

/** Completion needed for `☀️ Ensoleillé` (with no rouge alert). */
export const COMPLETION_SOLEIL = 0.8;
/** Late actions that make the Retard alert rouge. */
export const RETARD_ROUGE_NOMBRE = 3;
/** Share of the actions late that makes the Retard alert rouge. */
export const RETARD_ROUGE_PART = 0.2;
/** Blocked actions that make the Blocage alert rouge. */
export const BLOCAGE_ROUGE_NOMBRE = 2;
/** Rouge alerts from which the weather is `⛈️ Orageux`. */
export const ROUGES_ORAGE = 2;

const EPS = 1e-9;

/** An action is late when due strictly before the reference day and neither done nor dropped. */
export function isLate(action: { statut: Statut; echeance: Date | null }, reference: Date): boolean {
  if (action.echeance === null || action.statut === 'Fait' || action.statut === 'Abandonné') return false;
  return startOfDay(action.echeance).getTime() < startOfDay(reference).getTime();
}

/** Completion rate = Fait / (all − Abandonné); null when nothing is left to do. */
export function completion(statuts: readonly Statut[]): number | null {
  const faites = statuts.filter((s) => s === 'Fait').length;
  const utiles = statuts.filter((s) => s !== 'Abandonné').length;
  return utiles === 0 ? null : faites / utiles;
}

/** Retard is rouge at ≥ 3 late actions or when late ≥ 20 % of `total` (the month's actions). */
export function retardRouge(enRetard: number, total: number): boolean {
  if (enRetard <= 0) return false;
  return enRetard >= RETARD_ROUGE_NOMBRE || (total > 0 && enRetard >= RETARD_ROUGE_PART * total - EPS);
}

/** Blocage is rouge at ≥ 2 blocked actions. */
export function blocageRouge(bloquees: number): boolean {
  return bloquees >= BLOCAGE_ROUGE_NOMBRE;
}

/**
 * Weather from the number of rouge alerts and the completion rate: ⛈️ at ≥ 2 rouge, 🌧️ at 1,
 * ☀️ with none and completion ≥ 80 %, else 🌤️ (also when completion is unknown).
 */
export function meteoFromAlerts(rougeCount: number, completionRate: number | null): Meteo {
  if (rougeCount >= ROUGES_ORAGE) return '⛈️ Orageux';
  if (rougeCount >= 1) return '🌧️ Pluvieux';
  if (completionRate !== null && completionRate >= COMPLETION_SOLEIL - EPS) return '☀️ Ensoleillé';
  return '🌤️ Variable';
}

/**
 * BOUSSOLE_METEO: weather of a set of actions judged on `reference`, with the rules that need
 * nothing but the actions (Retard rouge, Blocage rouge, completion).
 */
export function meteoDesActions(actions: ReadonlyArray<{ statut: Statut; echeance: Date | null }>, reference: Date): Meteo {
  const enRetard = actions.filter((a) => isLate(a, reference)).length;
  const bloquees = actions.filter((a) => a.statut === 'Bloqué').length;
  const rouges = (retardRouge(enRetard, actions.length) ? 1 : 0) + (blocageRouge(bloquees) ? 1 : 0);
  return meteoFromAlerts(rouges, completion(actions.map((a) => a.statut)));
}
