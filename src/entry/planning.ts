// Entry points of the planning actions (SPEC §3, §4): menu handlers wrapped by runAction, and
// the point hebdo dialog's RPC. Re-exported by index.ts, which makes them globals.

import { splitBudget } from '../gas/actions/split-budget';
import { appendRoadmap } from '../gas/actions/roadmap';
import type { SimpleResult } from '../core/panel/snapshot';
import { saveWeeklyMeeting, prepareWeeklyMeeting } from '../gas/actions/weekly-meeting';
import { prioritiseBacklog } from '../gas/actions/prioritise';
import { launchRelaunchPlan } from '../gas/actions/relaunch';
import { runAction } from './run';

/** Menu: Prioriser le backlog. */
export function boussolePrioriserBacklog(): string | undefined {
  return runAction(() => prioritiseBacklog());
}

/** Menu: Répartir le budget selon la maturité. */
export function boussoleRepartirBudget(): string | undefined {
  return runAction(() => splitBudget());
}

/** Menu: Ajouter la feuille de route 12 mois type. */
export function boussoleFeuilleDeRouteType(): string | undefined {
  return runAction(() => appendRoadmap());
}

/** Menu: Lancer un plan de relance 8 semaines. */
export function boussolePlanRelance(): string | undefined {
  return runAction(() => launchRelaunchPlan());
}

/** Menu: Préparer le point hebdo (opens the agenda dialog). */
export function boussolePointHebdo(): string | undefined {
  return runAction(() => prepareWeeklyMeeting());
}

/** Dialog RPC (google.script.run): appends the point hebdo to Journal; never throws. */
export function boussoleEnregistrerPointHebdo(payload: unknown): SimpleResult {
  return saveWeeklyMeeting(payload);
}
