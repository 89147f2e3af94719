// The expected trajectory of an objective (SPEC §6 v2, Objectif hors trajectoire; reused by the
// comité): the share of the way from `Valeur de départ` to `Cible` expected by the end of a month.

import { daysBetween, firstDay, lastDay, monthKey, startOfDay } from '../months';
import type { Cadrage, MonthKey, Objective } from '../types';

/** *Début* (SPEC §6): the first day of the month of `Début de la feuille de route`, or null when empty. */
export function roadmapStart(cadrage: Pick<Cadrage, 'debutFeuilleDeRoute'>): Date | null {
  const debut = cadrage.debutFeuilleDeRoute;
  return debut === null ? null : firstDay(monthKey(debut));
}

/**
 * Expected progress of an objective for month `month`, judged on `reference` (R):
 * min(1, max(0, (e − Début) / (Échéance − Début))) in calendar days, where e is the last day of
 * the month, or R if earlier. Null when the objective has no `Valeur de départ`, `Cible` or
 * `Échéance`, when Début is unknown, or when the `Échéance` is not after Début.
 */
export function expectedProgress(
  objectif: Pick<Objective, 'depart' | 'cible' | 'echeance'>, debut: Date | null, month: MonthKey, reference: Date,
): number | null {
  if (objectif.depart === null || objectif.cible === null || objectif.echeance === null || debut === null) return null;
  const span = daysBetween(debut, objectif.echeance);
  if (span <= 0) return null;
  const end = lastDay(month);
  const e = startOfDay(reference).getTime() < end.getTime() ? reference : end;
  return Math.min(1, Math.max(0, daysBetween(debut, e) / span));
}
