// What every rule of a monthly report needs, computed once: the reference date R, the month's
// actions, Plan indexed by poste and Mesures indexed by month and channel.

import { indexPlanParPoste, type PlanParPoste } from './budgetTracking';
import { indexMesures, type MesuresIndex } from './indicators';
import { referenceDate } from './months';
import type { Action, Classeur, MonthKey } from './types';

/** Shared, read-only inputs of the alert and report rules for one month. */
export interface ContexteMois {
  classeur: Classeur;
  month: MonthKey;
  today: Date;
  /** R: the earlier of today and the first day of the following month (SPEC §6). */
  reference: Date;
  /** Plan rows whose `Mois` is the month, in sheet order. */
  actionsDuMois: Action[];
  parPoste: PlanParPoste;
  mesures: MesuresIndex;
}

/** Builds the context of `month` judged on `today`, in one pass over Plan and Mesures. */
export function contexteMois(classeur: Classeur, month: MonthKey, today: Date): ContexteMois {
  return {
    classeur,
    month,
    today,
    reference: referenceDate(month, today),
    actionsDuMois: classeur.plan.filter((action) => action.mois === month),
    parPoste: indexPlanParPoste(classeur.plan),
    mesures: indexMesures(classeur.mesures),
  };
}
