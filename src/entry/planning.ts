// Entry points of the planning actions (SPEC §3, §4): menu handlers wrapped by runAction, and
// the point hebdo dialog's RPC. Re-exported by index.ts, which makes them globals.

import { splitBudget } from '../gas/actions/split-budget';
import { appendRoadmap } from '../gas/actions/roadmap';
import type { SimpleResult } from '../core/panel/snapshot';
import type { MeetingResult } from '../core/planning/meeting-types';
import { openRitual, prepareMeeting } from '../gas/actions/meeting';
import { saveMeeting } from '../gas/actions/meeting-save';
import { prioritiseBacklog } from '../gas/actions/prioritise';
import { launchRelaunchPlan } from '../gas/actions/relaunch';
import { rpc, runAction } from './run';

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

/** Menu: Préparer le point hebdo (the meeting dialog of every ritual, Point hebdo selected). */
export function boussolePointHebdo(): string | undefined {
  return runAction(() => prepareMeeting());
}

/** Dialog RPC (google.script.run): Journal row, backlog ideas and the ritual's next date, in one locked step; never throws. */
export function boussoleEnregistrerPointHebdo(payload: unknown): MeetingResult {
  return saveMeeting(payload);
}

/** Sidebar RPC: opens the meeting dialog on one ritual (`'Revue mensuelle'`). */
export function boussoleOuvrirRituel(rituel: unknown): SimpleResult {
  return rpc(() => openRitual(rituel));
}
