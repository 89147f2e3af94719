// The rituals table of `Gouvernance` as typed, for the meeting dialog (SPEC §4 v2): each ritual's
// raw Fréquence and Prochaine date (a date typed as text must stay as typed), its sheet row and
// the A1 of its Prochaine date cell, the one input cell a saved meeting updates in place.

import { TAB, TABLES } from '../contract';
import { columnLetter } from '../core/cells';
import { INVALID, parseNumber } from '../core/numbers';
import type { RitualSource } from '../core/planning/meeting-types';
import { splitNames } from '../core/text';
import { matchHeaders } from './headers';
import { ritualsHeaderAt } from './read-governance';

/** A ritual row with its 1-based sheet row and its Prochaine date column (0-based, absent when missing). */
export interface RitualCells extends RitualSource {
  row: number;
  column: number | undefined;
}

/** The rituals table of a Gouvernance grid; `table` false when no row reads `Rituel` in column A. */
export function readRitualCells(grid: readonly unknown[][] | undefined): { table: boolean; rituels: RitualCells[] } {
  const rows = grid ?? [];
  const headerAt = ritualsHeaderAt(rows as unknown[][]);
  if (headerAt < 0) return { table: false, rituels: [] };
  const { index } = matchHeaders(rows[headerAt] ?? [], TABLES.rituels);
  const at = (row: readonly unknown[], header: string): unknown => (index[header] === undefined ? '' : row[index[header] ?? 0]);
  const column = index['Prochaine date'];
  const rituels: RitualCells[] = [];
  rows.slice(headerAt + 1).forEach((row, k) => {
    const rituel = String(at(row, 'Rituel') ?? '').trim();
    if (rituel === '') return;
    const sheetRow = headerAt + k + 2;
    const duree = parseNumber(at(row, 'Durée (min)'));
    rituels.push({
      rituel, frequence: at(row, 'Fréquence'), prochaine: column === undefined ? '' : row[column],
      duree: duree === null || duree === INVALID || duree <= 0 ? null : duree, participants: splitNames(at(row, 'Participants')),
      cellule: column === undefined ? null : `${TAB.gouvernance}!${columnLetter(column + 1)}${sheetRow}`, row: sheetRow, column,
    });
  });
  return { table: true, rituels };
}
