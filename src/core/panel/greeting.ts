// The greeting shown when a classeur opens (SPEC §3 v2): the weather of the current month as the
// report would compute it today, and the late and blocked actions of any month, in one short toast.

import { alertsOfContext, weatherOfContext } from '../alerts/all';
import { buildMonthContext } from '../alerts/context';
import { isLate } from '../alerts/weather';
import { monthKey } from '../months';
import type { Workbook } from '../types';

/** Where the greeting sends the reader (the second line of the toast). */
export const GREETING_INVITATION = 'Extensions › Boussole › Ouvrir le panneau de pilotage.';

/** « 3 actions en retard, 2 bloquées », « 1 action en retard, aucune bloquée », « aucune action en retard ni bloquée ». */
export function lateAndBlocked(late: number, blocked: number): string {
  if (late === 0 && blocked === 0) return 'aucune action en retard ni bloquée';
  const lateText = late === 0 ? 'aucune action en retard' : `${late} action${late > 1 ? 's' : ''} en retard`;
  const blockedText = blocked === 0 ? 'aucune bloquée' : `${blocked} bloquée${blocked > 1 ? 's' : ''}`;
  return `${lateText}, ${blockedText}`;
}

/** The greeting of a classeur opened on `today`: `⛈️ Orageux — 3 actions en retard, 2 bloquées. Extensions › …`. */
export function buildGreeting(classeur: Workbook, today: Date): string {
  const ctx = buildMonthContext(classeur, monthKey(today), today);
  const meteo = weatherOfContext(ctx, alertsOfContext(ctx));
  const late = classeur.plan.filter((action) => isLate(action, ctx.reference)).length;
  const blocked = classeur.plan.filter((action) => action.statut === 'Bloqué').length;
  return `${meteo} — ${lateAndBlocked(late, blocked)}. ${GREETING_INVITATION}`;
}
