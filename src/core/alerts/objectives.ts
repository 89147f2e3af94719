// Alerts on the objectives (SPEC §6): Objectif hors trajectoire (v2, one line per objective) and
// Rentabilité client.

import type { Alert } from './types';
import { cellRef } from '../cells';
import type { MonthContext } from './context';
import { formatEuros, formatNumber, formatPercent, listSome, nameList, plural } from '../format';
import { addMonths, formatDateFr, monthLabelFr } from '../months';
import { progress } from '../indicators/kpis';
import { clvCacByChannel } from '../indicators/objectives';
import { expectedProgress } from '../indicators/trajectory';
import { ALL_CHANNELS, channelKey, indicatorValue } from '../indicators/values';
import { normalize } from '../text';
import type { Action, MonthKey, Objective } from '../types';
import { isOpen } from './workload';
import { clip } from '../quote';

const EPS = 1e-9;
/** Minimum CLV:CAC of a profitable channel. */
export const CLV_CAC_MIN = 3;
/** An objective is off trajectory when its progress is more than this many points below the expected one. */
export const TRAJECTORY_TOLERANCE = 0.2;

/** `Leads` or `Leads — Site web`, as the Plan `Objectif` column names an objective. */
export function objectiveLabel(o: Pick<Objective, 'indicateur' | 'canal'>): string {
  return channelKey(o.canal) === ALL_CHANNELS ? o.indicateur : `${o.indicateur} — ${o.canal.trim()}`;
}

/** True when a Plan `Objectif` cell names this objective (dashes and spacing free; `— Tous` = no channel). */
export function servesObjective(action: Pick<Action, 'objectif'>, o: Pick<Objective, 'indicateur' | 'canal'>): boolean {
  const key = (text: string) => normalize(text).replace(/\s*[-–—]\s*/g, ' — ').replace(/ — tous$/, '');
  return action.objectif !== '' && key(action.objectif) === key(objectiveLabel(o));
}

/** Actual and expected progress of an objective for a month; null when either is unknown. */
function trajectoryOf(ctx: MonthContext, o: Objective, month: MonthKey): { reel: number; attendu: number } | null {
  const attendu = expectedProgress(o, ctx.debut, month, ctx.reference);
  const valeur = indicatorValue(ctx.mesures, o.indicateur, month, o.canal);
  if (attendu === null || valeur === null || o.depart === null || o.cible === null) return null;
  const reel = progress(o.depart, valeur, o.cible);
  return reel === null ? null : { reel, attendu };
}

function offTrajectory(t: { reel: number; attendu: number } | null): t is { reel: number; attendu: number } {
  return t !== null && t.attendu - t.reel > TRAJECTORY_TOLERANCE + EPS;
}

function offTrajectoryAlert(ctx: MonthContext, o: Objective): Alert | null {
  const previousMonth = addMonths(ctx.month, -1);
  const now = trajectoryOf(ctx, o, ctx.month);
  const before = trajectoryOf(ctx, o, previousMonth);
  if (!offTrajectory(now) || !offTrajectory(before) || o.echeance === null) return null;
  const servants = ctx.classeur.plan.filter((a) => isOpen(a) && servesObjective(a, o)).length;
  const plan = servants === 0 ? 'aucune action ouverte du Plan ne le sert (colonne « Objectif »)' : `${plural(servants, 'action ouverte')} du Plan le ${servants > 1 ? 'servent' : 'sert'}`;
  return {
    signal: 'Objectif hors trajectoire',
    niveau: 'orange',
    message: `« ${clip(objectiveLabel(o))} » : progression de ${formatPercent(now.reel)} en ${monthLabelFr(ctx.month)} pour ${formatPercent(now.attendu)} attendus, et de ${formatPercent(before.reel)} en ${monthLabelFr(previousMonth)} pour ${formatPercent(before.attendu)} (cible ${formatNumber(o.cible ?? 0)} le ${formatDateFr(o.echeance)}) ; ${plan}.`,
    cellules: [cellRef(ctx.classeur, 'Objectifs', 'Indicateur', o.row), cellRef(ctx.classeur, 'Objectifs', 'Cible', o.row)],
    conseil: 'En revue mensuelle, renforcez les actions qui servent cet objectif ou ajoutez-en une (colonne « Objectif » du Plan) ; si la cible n’est plus réaliste, recalez-la avec son responsable.',
  };
}

/**
 * Objectif hors trajectoire: an objective with Valeur de départ, Cible and an Échéance after Début
 * whose progress is more than 20 points below the expected progress for the report month and for
 * the month before (both months need a value). One line per objective.
 */
export function alertsOffTrajectory(ctx: MonthContext): Alert[] {
  return ctx.classeur.objectifs.map((o) => offTrajectoryAlert(ctx, o)).filter((a): a is Alert => a !== null);
}

/** Rentabilité client: a channel whose CLV:CAC over the month is < 3 (only with achats par an and durée). */
export function alertProfitability(ctx: MonthContext): Alert | null {
  const faibles = clvCacByChannel(ctx.classeur.cadrage, ctx.mesures, ctx.month).filter((c) => c.ratio < CLV_CAC_MIN);
  if (faibles.length === 0) return null;
  const details = faibles.map((c) => `« ${clip(c.canal)} » (valeur client ${formatEuros(c.clv)} pour un CAC de ${formatEuros(c.cac)}, ratio ${formatNumber(c.ratio)})`);
  return {
    signal: 'Rentabilité client',
    niveau: 'orange',
    message: `Clients trop chers à acquérir : ${listSome(details)} — minimum ${CLV_CAC_MIN}.`,
    cellules: faibles.flatMap((c) => c.lignes.map((row) => cellRef(ctx.classeur, 'Mesures', 'Canal', row))),
    conseil: `Réduisez les dépenses de ${nameList(faibles.map((c) => c.canal))} ou améliorez leur conversion : un client doit rapporter au moins ${CLV_CAC_MIN} fois ce qu’il coûte à acquérir.`,
  };
}
