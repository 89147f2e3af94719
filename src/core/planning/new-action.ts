// A Plan row that a planning action is about to append, and its cells laid out under the tab's
// own header positions (column order is free, extra columns stay empty).

import type { Phase, Statut, TypeAction } from '../../workbook/contract';
import { firstDay } from '../months';
import type { MonthKey } from '../types';

/** An action to append to `Plan`; absent fields stay empty. */
export interface NouvelleAction {
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

/** Last day of a month, at local midnight. */
export function lastDay(month: MonthKey): Date {
  const start = firstDay(month);
  return new Date(start.getFullYear(), start.getMonth() + 1, 0);
}

/**
 * The sheet row of an action: `columns` maps each Plan header to its 0-based column; `Mois` is
 * written as the first day of the month (shown `novembre 2026` by the column format).
 */
export function planCells(action: NouvelleAction, columns: Readonly<Record<string, number>>, width: number): unknown[] {
  const cells: unknown[] = Array.from({ length: width }, () => '');
  const put = (header: string, value: unknown): void => {
    const column = columns[header];
    if (column !== undefined && value !== undefined) cells[column] = value;
  };
  put('ID', action.id);
  put('Mois', firstDay(action.mois));
  put('Phase', action.phase);
  put('Action', action.action);
  put('Type', action.type);
  put('Statut', action.statut);
  put('Échéance', action.echeance);
  put('Budget prévu', action.budgetPrevu);
  put('Origine', action.origine);
  return cells;
}
