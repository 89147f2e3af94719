// Alerts judged on the Plan (SPEC §6): Retard, Blocage, Trop de chantiers.

import type { Alert } from './types';
import { cellRef } from '../cells';
import type { MonthContext } from './context';
import { listSome, formatPercent, plural } from '../format';
import { formatDateFr, monthKey, monthLabelFr } from '../months';
import type { Action, MonthKey } from '../types';
import { daysLate, isBlockedRed, isLate, isLateRed, LATE_RED_DAYS } from './weather';
import { clip } from '../quote';

/** More than this many actions `En cours` in one month of the first months is too many at once. */
export const MAX_WORKSTREAMS = 3;
/** (v2) Months of the roadmap, from Début, watched by « Trop de chantiers ». */
export const START_MONTHS = 6;

/** Actions of any month due strictly before R and neither done nor dropped, in sheet order. */
export function lateActions(plan: readonly Action[], reference: Date): Action[] {
  return plan.filter((action) => isLate(action, reference));
}

/** Blocked actions of the month or earlier (or with no month): future months are not judged yet. */
export function blockedActions(plan: readonly Action[], month: MonthKey): Action[] {
  return plan.filter((action) => action.statut === 'Bloqué' && (action.mois === null || action.mois <= month));
}

/**
 * Retard: one line listing every late action and naming the oldest delay in days; rouge at ≥ 3,
 * at ≥ 20 % of the month's actions, or (v2) when one is more than 60 days late.
 */
export function alertLate(ctx: MonthContext): Alert | null {
  const late = lateActions(ctx.classeur.plan, ctx.reference);
  if (late.length === 0) return null;
  const total = ctx.actionsDuMois.length;
  const oldest = late.reduce((max, a) => Math.max(max, daysLate(a, ctx.reference)), 0);
  const part = total > 0 ? ` (${formatPercent(late.length / total)} des ${plural(total, 'action')} du mois)` : '';
  const months = oldest > LATE_RED_DAYS ? ' — retards de plusieurs mois' : '';
  const noms = late.map((a) => `« ${clip(a.action || a.id)} » (${[a.echeance ? `échéance ${formatDateFr(a.echeance)}` : '', clip(a.responsable)].filter(Boolean).join(', ')})`);
  return {
    signal: 'Retard',
    niveau: isLateRed(late.length, total, oldest) ? 'rouge' : 'orange',
    message: `${plural(late.length, 'action')} en retard${part}, ${late.length > 1 ? 'la plus ancienne ' : ''}de ${plural(oldest, 'jour')}${months} : ${listSome(noms)}.`,
    cellules: late.map((a) => cellRef(ctx.classeur, 'Plan', 'Échéance', a.row)),
    conseil: 'Pour chaque action en retard, fixez une nouvelle échéance réaliste avec son responsable, ou passez-la en « Abandonné » si elle n’a plus de sens.',
  };
}

/** Blocage: orange, rouge from 2 blocked actions. */
export function alertBlocked(ctx: MonthContext): Alert | null {
  const blocked = blockedActions(ctx.classeur.plan, ctx.month);
  if (blocked.length === 0) return null;
  const noms = blocked.map((a) => `« ${clip(a.action || a.id)} »${a.responsable ? ` (${clip(a.responsable)})` : ''}`);
  return {
    signal: 'Blocage',
    niveau: isBlockedRed(blocked.length) ? 'rouge' : 'orange',
    message: `${plural(blocked.length, 'action bloquée', 'actions bloquées')} : ${listSome(noms)}.`,
    cellules: blocked.map((a) => cellRef(ctx.classeur, 'Plan', 'Statut', a.row)),
    conseil: 'Nommez pour chaque blocage la décision attendue et la personne qui le lève ; inscrivez-le aux décisions de la revue mensuelle.',
  };
}

/** Rank of `month` in the roadmap (1 = Début's month, 0 or less before it), or null when Début is empty. */
export function roadmapMonth(ctx: MonthContext, month: MonthKey = ctx.month): number | null {
  if (ctx.debut === null) return null;
  const count = (key: MonthKey) => {
    const [year, mon] = key.split('-').map(Number);
    return (year ?? 0) * 12 + (mon ?? 0);
  };
  return count(month) - count(monthKey(ctx.debut)) + 1;
}

/**
 * Trop de chantiers (v2): the report month is one of the first 6 months from Début and more than 3
 * of its actions are `En cours`. Not judged without Début.
 */
export function alertTooManyWorkstreams(ctx: MonthContext): Alert | null {
  const rank = roadmapMonth(ctx);
  if (rank === null || rank < 1 || rank > START_MONTHS) return null;
  const enCours = ctx.actionsDuMois.filter((a) => a.statut === 'En cours');
  if (enCours.length <= MAX_WORKSTREAMS) return null;
  return {
    signal: 'Trop de chantiers',
    niveau: 'orange',
    message: `${plural(enCours.length, 'action')} « En cours » en même temps en ${monthLabelFr(ctx.month)} (mois ${rank} de la feuille de route) — ${MAX_WORKSTREAMS} au plus pendant les ${START_MONTHS} premiers mois.`,
    cellules: enCours.map((a) => cellRef(ctx.classeur, 'Plan', 'Statut', a.row)),
    conseil: `Terminez ou reportez des actions : pas plus de ${MAX_WORKSTREAMS} chantiers en cours à la fois pendant les ${START_MONTHS} premiers mois.`,
  };
}
