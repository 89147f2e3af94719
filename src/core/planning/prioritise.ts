// Prioriser le backlog (SPEC §4): missing IDs, a stable sort by Score descending (whole rows
// move, ties keep their order), and the scheduling of the `Démarrer` ideas into Plan, at most
// three new actions per month from the month after today.

import { addMonths, monthKey } from '../months';
import { normalize } from '../text';
import type { Action, BacklogIdea, MonthKey } from '../types';
import { formatId, maxIdNumber } from './ids';
import type { NewAction } from './new-action';

/** New actions scheduled per month, at most. */
export const MONTHLY_CAPACITY = 3;

/** One idea offered for scheduling: where it sits after the sort and the month it gets. */
export interface ScheduledIdea {
  /** Sheet row of the idea after the sort. */
  row: number;
  id: string;
  idee: string;
  score: number | null;
  mois: MonthKey;
}

/** Everything Prioriser will do, computed before any write. */
export interface Prioritisation {
  /** IDs given to ideas that had none, by their sheet row before the sort. */
  nouveauxIds: Map<number, string>;
  /** For each sheet row occupied by an idea (ascending), the row whose content moves there. */
  deplacements: Map<number, number>;
  /** The inverse: for each idea's sheet row before the sort, the row it moves to. */
  destinations: Map<number, number>;
  /** True when the sort moves a row or an ID is assigned (false: nothing to write). */
  change: boolean;
  /** Ideas to schedule, by descending Score. */
  planifiees: ScheduledIdea[];
  /** The Plan rows of those ideas. */
  actions: NewAction[];
}

/** Ideas by descending Score; ideas without a Score go last; ties keep their sheet order. */
export function sortByScore(ideas: readonly BacklogIdea[]): BacklogIdea[] {
  const key = (idea: BacklogIdea) => idea.score ?? Number.NEGATIVE_INFINITY;
  return [...ideas].sort((a, b) => (key(b) === key(a) ? a.row - b.row : key(b) > key(a) ? 1 : -1));
}

/** Assigns `B-NNN` to ideas without an ID, in sheet order, after the highest ID of the column. */
export function missingIds(ideas: readonly BacklogIdea[], idCells: readonly unknown[]): Map<number, string> {
  let next = maxIdNumber(idCells, 'B');
  const ids = new Map<number, string>();
  for (const idea of [...ideas].sort((a, b) => a.row - b.row)) {
    if (idea.id.trim() === '') ids.set(idea.row, formatId('B', (next += 1)));
  }
  return ids;
}

/**
 * True for an idea to schedule: Quadrant Démarrer, Décision empty or Démarrer, no Mois prévu, and
 * a Score (scheduling goes by descending Score: an idea with a missing or unreadable note waits).
 */
export function toSchedule(idea: BacklogIdea): boolean {
  return idea.quadrant === 'Démarrer' && (idea.decision === null || idea.decision === 'Démarrer') && idea.moisPrevu === null
    && idea.idee.trim() !== '' && idea.score !== null;
}

/** Month of the n-th (0-based) newly scheduled action: 3 per month from the month after today. */
export function monthOfRank(rang: number, today: Date): MonthKey {
  return addMonths(monthKey(today), 1 + Math.floor(rang / MONTHLY_CAPACITY));
}

/**
 * Plans the whole action. `idCells`/`planIdCells` are the raw ID columns (every row, so IDs of
 * unreadable rows are not reused); ideas already in Plan (an `Origine` equal to their ID) are
 * not scheduled again, nor the ideas of `leftAlone` (sheet rows before the sort whose Décision or
 * Mois prévu holds something unreadable: only a truly empty cell may be filled).
 */
export function prioritise(ideas: readonly BacklogIdea[], idCells: readonly unknown[], plan: readonly Action[], planIdCells: readonly unknown[], today: Date, leftAlone: ReadonlySet<number> = new Set()): Prioritisation {
  const nouveauxIds = missingIds(ideas, idCells);
  const idOf = (idea: BacklogIdea) => nouveauxIds.get(idea.row) ?? idea.id.trim();
  const sorted = sortByScore(ideas);
  const slots = ideas.map((idea) => idea.row).sort((a, b) => a - b);
  const deplacements = new Map<number, number>();
  const targetOf = new Map<number, number>();
  sorted.forEach((idea, i) => {
    const slot = slots[i] ?? idea.row;
    deplacements.set(slot, idea.row);
    targetOf.set(idea.row, slot);
  });
  const moved = [...deplacements].some(([slot, source]) => slot !== source);
  const inPlan = new Set(plan.map((action) => normalize(action.origine)).filter((origine) => origine !== ''));
  const candidates = sorted.filter((idea) => toSchedule(idea) && !leftAlone.has(idea.row) && !inPlan.has(normalize(idOf(idea))));
  const planifiees = candidates.map((idea, rang) => ({
    row: targetOf.get(idea.row) ?? idea.row, id: idOf(idea), idee: idea.idee, score: idea.score, mois: monthOfRank(rang, today),
  }));
  const firstAction = maxIdNumber(planIdCells, 'A');
  const actions = planifiees.map((p, i): NewAction => ({
    id: formatId('A', firstAction + i + 1), mois: p.mois, action: p.idee, statut: 'À faire', origine: p.id,
  }));
  return { nouveauxIds, deplacements, destinations: targetOf, change: moved || nouveauxIds.size > 0, planifiees, actions };
}
