// Project weather (SPEC §6): from the count of rouge alerts and the completion rate, and the
// part of the rule book that can be judged from a list of actions alone (BOUSSOLE_METEO).

import type { Meteo, Statut } from '../../contract';
import { daysBetween, startOfDay } from '../months';

/** Completion needed for `☀️ Ensoleillé` (with no rouge alert). */
export const SUNNY_COMPLETION = 0.8;
/** Late actions that make the Retard alert rouge. */
export const LATE_RED_COUNT = 3;
/** Share of the actions late that makes the Retard alert rouge. */
export const LATE_RED_SHARE = 0.2;
/** (v2) An action late by more than this many days makes the Retard alert rouge (« retards de plusieurs mois »). */
export const LATE_RED_DAYS = 60;
/** Blocked actions that make the Blocage alert rouge. */
export const BLOCKED_RED_COUNT = 2;
/** Rouge alerts from which the weather is `⛈️ Orageux`. */
export const STORM_REDS = 2;

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

/** Days an action is late on R: R − Échéance in calendar days (0 when not late). */
export function daysLate(action: { statut: Statut; echeance: Date | null }, reference: Date): number {
  return action.echeance !== null && isLate(action, reference) ? daysBetween(action.echeance, reference) : 0;
}

/**
 * Retard is rouge at ≥ 3 late actions, when late ≥ 20 % of `total` (the month's actions), or (v2)
 * when the oldest delay is more than 60 days (61 is rouge, 60 is not).
 */
export function isLateRed(enRetard: number, total: number, oldestDays = 0): boolean {
  if (enRetard <= 0) return false;
  return enRetard >= LATE_RED_COUNT || (total > 0 && enRetard >= LATE_RED_SHARE * total - EPS) || oldestDays > LATE_RED_DAYS;
}

/** Blocage is rouge at ≥ 2 blocked actions. */
export function isBlockedRed(bloquees: number): boolean {
  return bloquees >= BLOCKED_RED_COUNT;
}

/**
 * Weather from the number of rouge alerts and the completion rate: ⛈️ at ≥ 2 rouge, 🌧️ at 1,
 * ☀️ with none and completion ≥ 80 %, else 🌤️ (also when completion is unknown).
 */
export function weatherFromAlerts(rougeCount: number, completionRate: number | null): Meteo {
  if (rougeCount >= STORM_REDS) return '⛈️ Orageux';
  if (rougeCount >= 1) return '🌧️ Pluvieux';
  if (completionRate !== null && completionRate >= SUNNY_COMPLETION - EPS) return '☀️ Ensoleillé';
  return '🌤️ Variable';
}

/**
 * BOUSSOLE_METEO: weather of a set of actions judged on `reference`, with the rules that need
 * nothing but the actions (Retard rouge, Blocage rouge, completion).
 */
export function weatherOfActions(actions: ReadonlyArray<{ statut: Statut; echeance: Date | null }>, reference: Date): Meteo {
  const enRetard = actions.filter((a) => isLate(a, reference)).length;
  const oldest = actions.reduce((max, a) => Math.max(max, daysLate(a, reference)), 0);
  const bloquees = actions.filter((a) => a.statut === 'Bloqué').length;
  const rouges = (isLateRed(enRetard, actions.length, oldest) ? 1 : 0) + (isBlockedRed(bloquees) ? 1 : 0);
  return weatherFromAlerts(rouges, completion(actions.map((a) => a.statut)));
}
