// What every rule of a monthly report needs, computed once: the reference date R, Début, the
// month's actions, the actual to date, Plan indexed by poste and Mesures indexed by month and channel.

import { actualToDate } from '../budget/actual-to-date';
import { indexPlanByPoste, type PlanByPoste } from '../budget/tracking';
import { roadmapStart } from '../indicators/trajectory';
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
  /** Début: the first day of the month of `Début de la feuille de route`; null when empty. */
  debut: Date | null;
  /** Plan rows whose `Mois` is the month, in sheet order. */
  actionsDuMois: Action[];
  parPoste: PlanByPoste;
  /** Actual to date (SPEC §6): every poste's actual plus Plan spending on no known poste. */
  reelADate: number;
  mesures: MeasuresIndex;
}

/** Builds the context of `month` judged on `today`, in one pass over Plan and Mesures. */
export function buildMonthContext(classeur: Workbook, month: MonthKey, today: Date): MonthContext {
  const parPoste = indexPlanByPoste(classeur.plan);
  return {
    classeur,
    month,
    today,
    reference: referenceDate(month, today),
    debut: roadmapStart(classeur.cadrage),
    actionsDuMois: classeur.plan.filter((action) => action.mois === month),
    parPoste,
    reelADate: actualToDate(classeur.budget, classeur.plan, parPoste),
    mesures: indexMeasures(classeur.mesures),
  };
}
