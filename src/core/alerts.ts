// The rule book of SPEC §6: every alert of a month, rouge lines first, and the report's weather.

import type { Meteo } from '../workbook/contract';
import { alertesDepassement, alerteExperimentation, alerteHumain } from './alertsBudget';
import { alerteBlocage, alerteRetard, alerteTropDeChantiers } from './alertsPlan';
import { alerteCadrage, alerteGouvernance, alerteRentabilite, alerteRituels, alerteTableauAbandonne } from './alertsRhythm';
import type { Alerte } from './alertTypes';
import { contexteMois, type ContexteMois } from './context';
import type { Classeur, MonthKey } from './types';
import { completion, meteoFromAlerts } from './weather';

export type { Alerte, NiveauAlerte, Signal } from './alertTypes';
export { SIGNAUX } from './alertTypes';

/** Every fired rule for the context, in rule-book order, then stably sorted rouge first. */
export function alertesDuContexte(ctx: ContexteMois): Alerte[] {
  const alertes: Array<Alerte | null> = [
    alerteRetard(ctx),
    alerteBlocage(ctx),
    ...alertesDepassement(ctx),
    alerteTableauAbandonne(ctx),
    alerteRituels(ctx),
    alerteCadrage(ctx),
    alerteHumain(ctx),
    alerteExperimentation(ctx),
    alerteTropDeChantiers(ctx),
    alerteGouvernance(ctx),
    alerteRentabilite(ctx),
  ];
  const fired = alertes.filter((a): a is Alerte => a !== null);
  return [...fired.filter((a) => a.niveau === 'rouge'), ...fired.filter((a) => a.niveau === 'orange')];
}

/** Alerts of `month` judged on R = referenceDate(month, today). */
export function computeAlerts(classeur: Classeur, month: MonthKey, today: Date): Alerte[] {
  return alertesDuContexte(contexteMois(classeur, month, today));
}

/** Weather of a report: from its rouge alerts and the completion of the month's actions. */
export function meteoDuContexte(ctx: ContexteMois, alertes: readonly Alerte[]): Meteo {
  const rouges = alertes.filter((a) => a.niveau === 'rouge').length;
  return meteoFromAlerts(rouges, completion(ctx.actionsDuMois.map((a) => a.statut)));
}
