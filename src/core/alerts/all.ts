// The rule book of SPEC §6: every alert of a month — rouge lines first, then the order of the §6
// table (SIGNALS) — and the report's weather. The report, the Vérifier dialog, the sidebar and
// `boussoleSignaux` all read this one list.

import type { Meteo } from '../../contract';
import { alertsOverBudget, alertExperimentation, alertHuman } from './budget';
import { alertBudgetNotAligned, alertUnbalancedSplit } from './allocation';
import { alertWaitingIdeas } from './backlog';
import { alertsProjectDrift } from './drift';
import { alertCadrage, alertGovernance, alertNoPilot } from './framing';
import { alertProfitability, alertsOffTrajectory } from './objectives';
import { alertBlocked, alertLate, alertTooManyWorkstreams } from './plan';
import { alertDashboardAbandoned, alertsAdoption, alertsRituals } from './rhythm';
import { alertUnstableScope } from './scope';
import { alertLowMorale } from './team';
import { alertActionsToClarify, alertsConcentratedLoad } from './workload';
import { sortAlerts, type Alert } from './types';
import { buildMonthContext, type MonthContext } from './context';
import type { Workbook, MonthKey } from '../types';
import { completion, weatherFromAlerts } from './weather';

export type { Alert as Alerte, AlertLevel as NiveauAlerte, Signal } from './types';
export { SIGNALS as SIGNAUX } from './types';

/** Every rule of §6, each giving no line, one line, or one line per poste / ritual / objective / person / part. */
const RULES: ReadonlyArray<(ctx: MonthContext) => Alert | Alert[] | null> = [
  alertLate, alertBlocked, alertsOverBudget, alertsProjectDrift, alertBudgetNotAligned, alertUnbalancedSplit,
  alertDashboardAbandoned, alertsRituals, alertsAdoption, alertCadrage, alertNoPilot, alertActionsToClarify,
  alertsConcentratedLoad, alertHuman, alertExperimentation, alertTooManyWorkstreams, alertGovernance,
  alertsOffTrajectory, alertWaitingIdeas, alertUnstableScope, alertLowMorale, alertProfitability,
];

/** Every alert line of the context: rouge first, then in the order of the §6 table. */
export function alertsOfContext(ctx: MonthContext): Alert[] {
  const fired = RULES.flatMap((rule) => {
    const result = rule(ctx);
    return result === null ? [] : Array.isArray(result) ? result : [result];
  });
  return sortAlerts(fired);
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
