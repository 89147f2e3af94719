// The plan snapshot a report keeps (SPEC §2 v2): per action ID, its Mois, Échéance and Statut when
// that month's report was generated, so a later report can see what has moved since.

import type { Statut } from '../../contract';
import type { Action, MonthKey } from '../types';

/** One action as the report saw it. */
export interface PlanSnapshotLine {
  id: string;
  mois: MonthKey | null;
  echeance: Date | null;
  statut: Statut;
}

/** Every Plan action that has an ID, once per ID (the first row wins), in sheet order. */
export function buildPlanSnapshot(plan: readonly Action[]): PlanSnapshotLine[] {
  const seen = new Set<string>();
  const lines: PlanSnapshotLine[] = [];
  for (const a of plan) {
    const id = a.id.trim();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    lines.push({ id, mois: a.mois, echeance: a.echeance, statut: a.statut });
  }
  return lines;
}
