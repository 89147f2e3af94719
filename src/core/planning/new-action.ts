// A Plan row that a planning action is about to append, and its cells laid out under the tab's
// own header positions (column order is free, extra columns stay empty).

import type { Phase, Statut, TypeAction } from '../../contract';
import { firstDay } from '../months';
import type { MonthKey } from '../types';

/** An action to append to `Plan`; absent fields stay empty. */
export interface NewAction {
  id: string;
  mois: MonthKey;
  phase?: Phase;
  action: string;
  type?: TypeAction;
  statut: Statut;
  echeance?: Date;
  budgetPrevu?: number;
  origine: string;
}

/**
 * A row of `width` cells with each value under its header's 0-based column in `columns`; values
 * whose header is absent, and undefined values, leave their cell empty.
 */
export function cellsUnderHeaders(values: Readonly<Record<string, unknown>>, columns: Readonly<Record<string, number>>, width: number): unknown[] {
  const cells: unknown[] = Array.from({ length: width }, () => '');
  for (const [header, value] of Object.entries(values)) {
    const column = columns[header];
    if (column !== undefined && value !== undefined) cells[column] = value;
  }
  return cells;
}

/**
 * The sheet row of an action: `columns` maps each Plan header to its 0-based column; `Mois` is
 * written as the first day of the month (shown `novembre 2026` by the column format).
 */
export function planCells(action: NewAction, columns: Readonly<Record<string, number>>, width: number): unknown[] {
  return cellsUnderHeaders({
    ID: action.id, Mois: firstDay(action.mois), Phase: action.phase, Action: action.action, Type: action.type,
    Statut: action.statut, Échéance: action.echeance, 'Budget prévu': action.budgetPrevu, Origine: action.origine,
  }, columns, width);
}
