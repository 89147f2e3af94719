// Alerts judged on the Plan (SPEC §6): Retard, Blocage, Trop de chantiers.

import type { Alert } from './types';
import { cellRef } from '../cells';
import type { MonthContext } from './context';
import { listSome, formatPercent, plural } from '../format';
import { addMonths, formatDateFr, monthKey, monthLabelFr } from '../months';
import type { Action, MonthKey } from '../types';
import { isBlockedRed, isLate, isLateRed } from './weather';

/** More than this many actions `En cours` in one month of months 1–3 is too many at once. */
export const MAX_WORKSTREAMS = 3;
/** Months of the roadmap watched by « Trop de chantiers ». */
export const START_MONTHS = 3;

/** Actions of any month due strictly before R and neither done nor dropped, in sheet order. */
export function lateActions(plan: readonly Action[], reference: Date): Action[] {
  return plan.filter((action) => isLate(action, reference));
}

/** Blocked actions of the month or earlier (or with no month): future months are not judged yet. */
export function blockedActions(plan: readonly Action[], month: MonthKey): Action[] {
  return plan.filter((action) => action.statut === 'Bloqué' && (action.mois === null || action.mois <= month));
}

/** Retard: one line listing every late action; rouge at ≥ 3 or ≥ 20 % of the month's actions. */
export function alertLate(ctx: MonthContext): Alert | null {
  const late = lateActions(ctx.classeur.plan, ctx.reference);
  if (late.length === 0) return null;
  const total = ctx.actionsDuMois.length;
  const part = total > 0 ? ` (${formatPercent(late.length / total)} des ${plural(total, 'action')} du mois)` : '';
  const noms = late.map((a) => `« ${a.action || a.id} » (${[a.echeance ? `échéance ${formatDateFr(a.echeance)}` : '', a.responsable].filter(Boolean).join(', ')})`);
  return {
    signal: 'Retard',
    niveau: isLateRed(late.length, total) ? 'rouge' : 'orange',
    message: `${plural(late.length, 'action')} en retard${part} : ${listSome(noms)}.`,
    cellules: late.map((a) => cellRef(ctx.classeur, 'Plan', 'Échéance', a.row)),
    conseil: 'Pour chaque action en retard, fixez une nouvelle échéance réaliste avec son responsable, ou passez-la en « Abandonné » si elle n’a plus de sens.',
  };
}

/** Blocage: orange, rouge from 2 blocked actions. */
export function alertBlocked(ctx: MonthContext): Alert | null {
  const blocked = blockedActions(ctx.classeur.plan, ctx.month);
  if (blocked.length === 0) return null;
  const noms = blocked.map((a) => `« ${a.action || a.id} »${a.responsable ? ` (${a.responsable})` : ''}`);
  return {
    signal: 'Blocage',
    niveau: isBlockedRed(blocked.length) ? 'rouge' : 'orange',
    message: `${plural(blocked.length, 'action bloquée', 'actions bloquées')} : ${listSome(noms)}.`,
    cellules: blocked.map((a) => cellRef(ctx.classeur, 'Plan', 'Statut', a.row)),
    conseil: 'Nommez pour chaque blocage la décision attendue et la personne qui le lève ; inscrivez-le aux décisions de la revue mensuelle.',
  };
}

/** Month 1 of the roadmap: `Début de la feuille de route`, else the earliest month of Plan. */
export function firstMonth(ctx: MonthContext): MonthKey | null {
  const debut = ctx.classeur.cadrage.debutFeuilleDeRoute;
  if (debut) return monthKey(debut);
  let first: MonthKey | null = null;
  for (const action of ctx.classeur.plan) if (action.mois !== null && (first === null || action.mois < first)) first = action.mois;
  return first;
}

/**
 * Trop de chantiers: « at once » = among the Plan rows of one month of months 1–3 of the roadmap,
 * more than 3 with status `En cours`. One line naming every such month.
 */
export function alertTooManyWorkstreams(ctx: MonthContext): Alert | null {
  const first = firstMonth(ctx);
  if (first === null) return null;
  const months = Array.from({ length: START_MONTHS }, (_, i) => addMonths(first, i));
  const enCours = new Map<MonthKey, Action[]>(months.map((m) => [m, []]));
  for (const action of ctx.classeur.plan) {
    if (action.statut === 'En cours' && action.mois !== null) enCours.get(action.mois)?.push(action);
  }
  const over = months.filter((m) => (enCours.get(m)?.length ?? 0) > MAX_WORKSTREAMS);
  if (over.length === 0) return null;
  const parts = over.map((m) => `${enCours.get(m)?.length ?? 0} en ${monthLabelFr(m)} (mois ${months.indexOf(m) + 1})`);
  return {
    signal: 'Trop de chantiers',
    niveau: 'orange',
    message: `Trop d’actions « En cours » en même temps au démarrage : ${parts.join(', ')} — ${MAX_WORKSTREAMS} au plus pendant les ${START_MONTHS} premiers mois.`,
    cellules: over.flatMap((m) => (enCours.get(m) ?? []).map((a) => cellRef(ctx.classeur, 'Plan', 'Statut', a.row))),
    conseil: `Terminez ou reportez des actions : pas plus de ${MAX_WORKSTREAMS} chantiers en cours à la fois pendant les ${START_MONTHS} premiers mois.`,
  };
}
