// Périmètre instable (SPEC §6 v2): compared with the plan snapshot of the latest earlier report,
// the actions promised by now keep moving later (« les priorités changent sans arrêt »).

import type { Alert } from './types';
import { cellRef } from '../cells';
import type { MonthContext } from './context';
import { formatDateFr, monthLabelFr, ofMonthLabelFr } from '../months';
import { formatPercent, listSome, plural } from '../format';
import type { Action, MonthKey, PlanSnapshotRow } from '../types';
import { isOpen } from './workload';
import { clip } from '../quote';

const EPS = 1e-9;
/** Share of moved actions that fires orange… */
export const UNSTABLE_ORANGE_SHARE = 0.2;
/** …and rouge. */
export const UNSTABLE_RED_SHARE = 0.4;
/** Either level needs at least this many moved actions. */
export const UNSTABLE_MIN_MOVED = 3;

/** The month of the latest snapshot taken for a report earlier than `month`, or null. */
export function previousSnapshotMonth(instantanes: readonly PlanSnapshotRow[], month: MonthKey): MonthKey | null {
  let latest: MonthKey | null = null;
  for (const s of instantanes) if (s.moisRapport < month && (latest === null || s.moisRapport > latest)) latest = s.moisRapport;
  return latest;
}

/** One promised action compared with the plan of today. */
export interface MovedAction {
  avant: PlanSnapshotRow;
  action: Action;
  /** `Mois` moved later. */
  mois: boolean;
  /** `Échéance` moved later. */
  echeance: boolean;
}

/**
 * The actions open in the snapshot `snapshotMonth` with a snapshot `Mois` at most `month`, paired
 * by ID with the Plan (first row of an ID; an ID no longer in Plan cannot be compared and is left
 * out), each saying whether its `Mois` or `Échéance` has moved later since.
 */
export function promisedActions(instantanes: readonly PlanSnapshotRow[], plan: readonly Action[], snapshotMonth: MonthKey, month: MonthKey): MovedAction[] {
  const byId = new Map<string, Action>();
  for (const a of plan) if (a.id !== '' && !byId.has(a.id)) byId.set(a.id, a);
  const out: MovedAction[] = [];
  for (const avant of instantanes) {
    const action = byId.get(avant.id);
    if (avant.moisRapport !== snapshotMonth || avant.mois === null || avant.mois > month || !action) continue;
    if (avant.statut === null || !isOpen({ statut: avant.statut })) continue;
    const mois = action.mois !== null && action.mois > avant.mois;
    const echeance = action.echeance !== null && avant.echeance !== null && action.echeance.getTime() > avant.echeance.getTime();
    out.push({ avant, action, mois, echeance });
  }
  return out;
}

function movedText(m: MovedAction): string {
  const parts = [
    m.mois ? `mois ${monthLabelFr(m.avant.mois ?? '')} → ${monthLabelFr(m.action.mois ?? '')}` : '',
    m.echeance && m.avant.echeance && m.action.echeance ? `échéance ${formatDateFr(m.avant.echeance)} → ${formatDateFr(m.action.echeance)}` : '',
  ];
  return `« ${clip(m.action.action || m.action.id)} » (${parts.filter(Boolean).join(', ')})`;
}

/** Périmètre instable: orange at ≥ 20 % moved, rouge at ≥ 40 %, either with at least 3 moved actions. */
export function alertUnstableScope(ctx: MonthContext): Alert | null {
  const snapshotMonth = previousSnapshotMonth(ctx.classeur.instantanes, ctx.month);
  if (snapshotMonth === null) return null;
  const promised = promisedActions(ctx.classeur.instantanes, ctx.classeur.plan, snapshotMonth, ctx.month);
  const moved = promised.filter((m) => m.mois || m.echeance);
  const share = promised.length === 0 ? 0 : moved.length / promised.length;
  if (moved.length < UNSTABLE_MIN_MOVED || share < UNSTABLE_ORANGE_SHARE - EPS) return null;
  return {
    signal: 'Périmètre instable',
    niveau: share >= UNSTABLE_RED_SHARE - EPS ? 'rouge' : 'orange',
    message: `${moved.length} des ${plural(promised.length, 'action promise', 'actions promises')} pour ${monthLabelFr(ctx.month)} au rapport ${ofMonthLabelFr(snapshotMonth)} ont été repoussées depuis (${formatPercent(share)}) — les priorités changent sans arrêt : ${listSome(moved.map(movedText))}.`,
    cellules: moved.flatMap((m) => [
      ...(m.mois ? [cellRef(ctx.classeur, 'Plan', 'Mois', m.action.row)] : []),
      ...(m.echeance ? [cellRef(ctx.classeur, 'Plan', 'Échéance', m.action.row)] : []),
    ]),
    conseil: 'Figez le périmètre du mois en revue mensuelle : une nouvelle demande entre au Backlog, pas dans le mois en cours, et une action ne se repousse que sur décision notée au Journal.',
  };
}
