// Moral en baisse (SPEC §6 v2): the team's morale noted in the Journal stays low.

import type { Alert } from './types';
import { cellRef } from '../cells';
import type { MonthContext } from './context';
import { formatNumber } from '../format';
import { formatDateFr, startOfDay } from '../months';
import type { JournalEntry } from '../types';

const EPS = 1e-9;
/** Journal rows whose morale is averaged. */
export const MORALE_ROWS = 3;
/** An average at or under this note fires. */
export const MORALE_LOW = 2;

/** The last 3 Journal rows dated before R that carry a `Moral de l'équipe`, latest first (ties: lower row first). */
export function lastMorale(journal: readonly JournalEntry[], reference: Date): Array<JournalEntry & { moral: number }> {
  const r = startOfDay(reference).getTime();
  return journal
    .filter((j): j is JournalEntry & { moral: number } => j.moral !== null && startOfDay(j.date).getTime() < r)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || b.row - a.row)
    .slice(0, MORALE_ROWS);
}

/** Moral en baisse: the last 3 Journal rows before R carrying a morale average 2 or less (fewer than 3: not judged). */
export function alertLowMorale(ctx: MonthContext): Alert | null {
  const rows = lastMorale(ctx.classeur.journal, ctx.reference);
  if (rows.length < MORALE_ROWS) return null;
  const average = rows.reduce((sum, j) => sum + j.moral, 0) / rows.length;
  if (average > MORALE_LOW + EPS) return null;
  return {
    signal: 'Moral en baisse',
    niveau: 'orange',
    message: `Moral de l’équipe bas : ${formatNumber(average)} sur 5 en moyenne aux ${MORALE_ROWS} dernières réunions notées (${rows.map((j) => `${formatDateFr(j.date)} : ${formatNumber(j.moral)}`).join(', ')}).`,
    cellules: rows.map((j) => cellRef(ctx.classeur, 'Journal', 'Moral de l\'équipe', j.row)),
    conseil: 'Au prochain point hebdo, prenez 10 minutes pour écouter ce qui coince (colonne « Retours ») et levez vite un irritant ou allégez la charge : le projet ne tient pas sans l’équipe.',
  };
}
