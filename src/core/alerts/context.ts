// What every rule of a monthly report needs, computed once: the reference date R, the month's
// actions, Plan indexed by poste and Mesures indexed by month and channel.

import { indexPlanByPoste, type PlanByPoste } from '../budget/tracking';
import { indexMeasures, type MeasuresIndex } from '../indicators/values';
import { referenceDate } from '../months';
import type { Action, Workbook, MonthKey } from '../types';

/** Shared, read-only inputs of the alert and report rules for one month. */
export interface MonthContext {
  classeur: Workbook;
  month: MonthKey;
  today: Date;
  /** R: the earlier of today and the first day of the following month (SPEC §6). */
  reference: Date;
  /** Plan rows whose `Mois` is the month, in sheet order. */
  actionsDuMois: Action[];
  parPoste: PlanByPoste;
  mesures: MeasuresIndex;
}

/** Builds the context of `month` judged on `today`, in one pass over Plan and Mesures. */
export function buildMonthContext(classeur: Workbook, month: MonthKey, today: Date): MonthContext {
  return {
    classeur,
    month,
    today,
    reference: referenceDate(month, today),
    actionsDuMois: classeur.plan.filter((action) => action.mois === month),
    parPoste: indexPlanByPoste(classeur.plan),
    mesures: indexMeasures(classeur.mesures),
  };
}
