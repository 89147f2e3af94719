// The rule book of SPEC §6: every alert of a month, rouge lines first, and the report's weather.

import type { Meteo } from '../../contract';
import { alertsOverBudget, alertExperimentation, alertHuman } from './budget';
import { alertBlocked, alertLate, alertTooManyWorkstreams } from './plan';
import { alertCadrage, alertGovernance, alertProfitability, alertRituals, alertDashboardAbandoned } from './rhythm';
import type { Alert } from './types';
import { buildMonthContext, type MonthContext } from './context';
import type { Workbook, MonthKey } from '../types';
import { completion, weatherFromAlerts } from './weather';

export type { Alert as Alerte, AlertLevel as NiveauAlerte, Signal } from './types';
export { SIGNALS as SIGNAUX } from './types';

/** Every fired rule for the context, in rule-book order, then stably sorted rouge first. */
export function alertsOfContext(ctx: MonthContext): Alert[] {
  const alertes: Array<Alert | null> = [
    alertLate(ctx),
    alertBlocked(ctx),
    ...alertsOverBudget(ctx),
    alertDashboardAbandoned(ctx),
    alertRituals(ctx),
    alertCadrage(ctx),
    alertHuman(ctx),
    alertExperimentation(ctx),
    alertTooManyWorkstreams(ctx),
    alertGovernance(ctx),
    alertProfitability(ctx),
  ];
  const fired = alertes.filter((a): a is Alert => a !== null);
  return [...fired.filter((a) => a.niveau === 'rouge'), ...fired.filter((a) => a.niveau === 'orange')];
}

/** Alerts of `month` judged on R = referenceDate(month, today). */
export function computeAlerts(classeur: Workbook, month: MonthKey, today: Date): Alert[] {
  return alertsOfContext(buildMonthContext(classeur, month, today));
}

/** Weather of a report: from its rouge alerts and the completion of the month's actions. */
export function weatherOfContext(ctx: MonthContext, alertes: readonly Alert[]): Meteo {
  const rouges = alertes.filter((a) => a.niveau === 'rouge').length;
  return weatherFromAlerts(rouges, completion(ctx.actionsDuMois.map((a) => a.statut)));
}
