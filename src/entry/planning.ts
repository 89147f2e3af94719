// Entry points of the planning actions (SPEC §3, §4): menu handlers wrapped by runAction, and
// the point hebdo dialog's RPC. Re-exported by index.ts, which makes them globals.

import { repartirBudget } from '../gas/actions/repartir-budget';
import { ajouterFeuilleDeRoute } from '../gas/actions/feuille-de-route';
import type { ResultatSimple } from '../core/panel';
import { enregistrerPointHebdo, preparerPointHebdo } from '../gas/actions/point-hebdo';
import { prioriserBacklog } from '../gas/actions/prioriser';
import { lancerPlanRelance } from '../gas/actions/relance';
import { runAction } from './run';

/** Menu: Prioriser le backlog. */
export function boussolePrioriserBacklog(): string | undefined {
  return runAction(() => prioriserBacklog());
}

/** Menu: Répartir le budget selon la maturité. */
export function boussoleRepartirBudget(): string | undefined {
  return runAction(() => repartirBudget());
}

/** Menu: Ajouter la feuille de route 12 mois type. */
export function boussoleFeuilleDeRouteType(): string | undefined {
  return runAction(() => ajouterFeuilleDeRoute());
}

/** Menu: Lancer un plan de relance 8 semaines. */
export function boussolePlanRelance(): string | undefined {
  return runAction(() => lancerPlanRelance());
}

/** Menu: Préparer le point hebdo (opens the agenda dialog). */
export function boussolePointHebdo(): string | undefined {
  return runAction(() => preparerPointHebdo());
}

/** Dialog RPC (google.script.run): appends the point hebdo to Journal; never throws. */
export function boussoleEnregistrerPointHebdo(payload: unknown): ResultatSimple {
  return enregistrerPointHebdo(payload);
}
