// Action sections of the monthly report (SPEC §6 sections 2 and 7): counts per status,
// completion, capped lists of done / blocked / late actions, next month's plan.

import { STATUTS, type Statut } from '../../contract';
import { cellRef } from '../cells';
import { plural } from '../format';
import type { MonthContext } from '../alerts/context';
import { addMonths, isoDate, monthLabelFr } from '../months';
import type { Action, MonthKey } from '../types';
import { completion, isLate } from '../alerts/weather';

/** Items shown at most in a report list before `… et N autres`. */
export const MAX_LIST = 8;

/** An action as the report and the sidebar show it (JSON-friendly besides `echeance`). */
export interface ActionSummary {
  id: string;
  action: string;
  responsable: string;
  statut: Statut;
  mois: MonthKey | null;
  echeance: Date | null;
  echeanceIso: string | null;
  /** What the action produced (`Résultat`), shown for done actions (v2). */
  resultat: string;
  ligne: number;
  /** `Plan!D12`: the Action cell. */
  cellule: string;
}

/** A list cut at 8 items; `total` keeps the full count, `suite` reads `… et 3 autres` (null when nothing is cut). */
export interface CappedList<T> {
  elements: T[];
  total: number;
  reste: number;
  suite: string | null;
}

/** Cuts a list at `max` items with its `… et N autres` line (`… et 1 autre` for one). */
export function capList<T>(items: readonly T[], max = MAX_LIST): CappedList<T> {
  const reste = Math.max(0, items.length - max);
  const suite = reste === 0 ? null : `… et ${plural(reste, 'autre')}`;
  return { elements: items.slice(0, max), total: items.length, reste, suite };
}

/** The report's view of a Plan row. */
export function summariseAction(ctx: MonthContext, a: Action): ActionSummary {
  return {
    id: a.id, action: a.action, responsable: a.responsable, statut: a.statut, mois: a.mois,
    echeance: a.echeance, echeanceIso: a.echeance ? isoDate(a.echeance) : null, resultat: a.resultat,
    ligne: a.row, cellule: cellRef(ctx.classeur, 'Plan', 'Action', a.row),
  };
}

/** Section 2, « Actions du mois »: Plan rows whose Mois is the month. */
export interface SectionActions {
  total: number;
  compteurs: Record<Statut, number>;
  /** Fait / (all − Abandonné); null when no action counts. */
  completion: number | null;
  faites: CappedList<ActionSummary>;
  bloquees: CappedList<ActionSummary>;
  /** The month's actions due before R and not done (late actions of other months are in the Retard alert). */
  enRetard: CappedList<ActionSummary>;
}

/** Builds section 2 from the month's actions. */
export function sectionActions(ctx: MonthContext): SectionActions {
  const actions = ctx.actionsDuMois;
  const compteurs = Object.fromEntries(STATUTS.map((s) => [s, 0])) as Record<Statut, number>;
  for (const a of actions) compteurs[a.statut] += 1;
  const list = (keep: (a: Action) => boolean) => capList(actions.filter(keep).map((a) => summariseAction(ctx, a)));
  return {
    total: actions.length,
    compteurs,
    completion: completion(actions.map((a) => a.statut)),
    faites: list((a) => a.statut === 'Fait'),
    bloquees: list((a) => a.statut === 'Bloqué'),
    enRetard: list((a) => isLate(a, ctx.reference)),
  };
}

/** Section 7, « Mois prochain »: the actions planned for the following month. */
export interface NextMonthSection {
  mois: MonthKey;
  moisLibelle: string;
  actions: CappedList<ActionSummary>;
}

/** Builds section 7 (all statuses, sheet order, capped at 8). */
export function nextMonthSection(ctx: MonthContext): NextMonthSection {
  const mois = addMonths(ctx.month, 1);
  const actions = ctx.classeur.plan.filter((a) => a.mois === mois).map((a) => summariseAction(ctx, a));
  return { mois, moisLibelle: monthLabelFr(mois), actions: capList(actions) };
}
