// Alerts on who carries the work (SPEC §6 v2): Actions à clarifier (no Échéance or no Responsable)
// and Charge concentrée (one person holds too much of the month).

import type { Alert } from './types';
import { cellRef } from '../cells';
import type { MonthContext } from './context';
import { formatPercent, listSome, plural } from '../format';
import { addMonths, monthLabelFr } from '../months';
import { isBlank, normalize, splitNames } from '../text';
import type { Action, MonthKey, Workbook } from '../types';
import { clip } from '../quote';

const EPS = 1e-9;
/** Actions à clarifier is rouge above this share of the two months' open actions… */
export const UNCLEAR_RED_SHARE = 0.3;
/** …and from this many actions. */
export const UNCLEAR_RED_COUNT = 3;
/** Charge concentrée needs at least this many open actions in the month. */
export const LOAD_MIN_ACTIONS = 4;
/** One person holding more than this many of the month's open actions is too many. */
export const LOAD_MAX_PER_PERSON = 6;

/** Open actions: `À faire`, `En cours` or `Bloqué` (SPEC §6). */
export function isOpen(action: Pick<Action, 'statut'>): boolean {
  return action.statut === 'À faire' || action.statut === 'En cours' || action.statut === 'Bloqué';
}

/** The actions to clarify of a month, the open actions they are judged against, and their empty cells. */
export interface ActionsToClarify {
  actions: Action[];
  ouvertes: number;
  /** The empty `Échéance` and `Responsable` cells, A1 with the sheet. */
  cellules: string[];
}

/** Open actions of `month` and the next month with an empty Échéance or an empty Responsable. */
export function actionsToClarify(classeur: Workbook, month: MonthKey): ActionsToClarify {
  const next = addMonths(month, 1);
  const ouvertes = classeur.plan.filter((a) => (a.mois === month || a.mois === next) && isOpen(a));
  const actions = ouvertes.filter((a) => a.echeance === null || isBlank(a.responsable));
  const cellules = actions.flatMap((a) => [
    ...(a.echeance === null ? [cellRef(classeur, 'Plan', 'Échéance', a.row)] : []),
    ...(isBlank(a.responsable) ? [cellRef(classeur, 'Plan', 'Responsable', a.row)] : []),
  ]);
  return { actions, ouvertes: ouvertes.length, cellules };
}

function missing(a: Action): string {
  const sans = [a.echeance === null ? 'échéance' : '', isBlank(a.responsable) ? 'responsable' : ''].filter(Boolean);
  return `« ${clip(a.action || a.id)} » (sans ${sans.join(' ni ')})`;
}

/** Actions à clarifier: orange; rouge when more than 30 % of the two months' open actions and at least 3. */
export function alertActionsToClarify(ctx: MonthContext): Alert | null {
  const { actions, ouvertes, cellules } = actionsToClarify(ctx.classeur, ctx.month);
  if (actions.length === 0) return null;
  const share = actions.length / ouvertes;
  const rouge = actions.length >= UNCLEAR_RED_COUNT && share > UNCLEAR_RED_SHARE + EPS;
  const months = `${monthLabelFr(ctx.month)} et ${monthLabelFr(addMonths(ctx.month, 1))}`;
  return {
    signal: 'Actions à clarifier',
    niveau: rouge ? 'rouge' : 'orange',
    message: `${plural(actions.length, 'action ouverte', 'actions ouvertes')} en ${months} sans échéance ou sans responsable (${formatPercent(share)} des ${plural(ouvertes, 'action ouverte', 'actions ouvertes')}) : ${listSome(actions.map(missing))}.`,
    cellules,
    conseil: 'Donnez à chacune une échéance et un seul responsable : une action sans échéance ne peut jamais être en retard, elle cache la dérive.',
  };
}

/** Open actions of the month per person (a Responsable naming several people counts for each), in order of first appearance. */
export function loadByPerson(actions: readonly Action[]): Array<{ personne: string; actions: Action[] }> {
  const byKey = new Map<string, { personne: string; actions: Action[] }>();
  for (const action of actions) {
    const seen = new Set<string>();
    for (const name of splitNames(action.responsable)) {
      const key = normalize(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key) ?? { personne: name, actions: [] };
      entry.actions.push(action);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

/**
 * Charge concentrée: among the month's open actions (at least 4), one line per person who holds
 * more than half of them (exactly half does not fire) or more than 6.
 */
export function alertsConcentratedLoad(ctx: MonthContext): Alert[] {
  const ouvertes = ctx.actionsDuMois.filter(isOpen);
  if (ouvertes.length < LOAD_MIN_ACTIONS) return [];
  return loadByPerson(ouvertes)
    .filter(({ actions }) => actions.length * 2 > ouvertes.length || actions.length > LOAD_MAX_PER_PERSON)
    .map(({ personne, actions }) => ({
      signal: 'Charge concentrée',
      niveau: 'orange',
      message: `${clip(personne)} porte ${actions.length} des ${plural(ouvertes.length, 'action ouverte', 'actions ouvertes')} en ${monthLabelFr(ctx.month)} : ${listSome(actions.map((a) => `« ${clip(a.action || a.id)} »`))}.`,
      cellules: actions.map((a) => cellRef(ctx.classeur, 'Plan', 'Responsable', a.row)),
      conseil: `Confiez une partie de ces actions à d’autres personnes, ou reportez-en au mois suivant : une seule personne qui porte tout devient le goulot du projet.`,
    }));
}
