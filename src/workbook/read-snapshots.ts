// Reads the hidden tab `Boussole instantanés` (SPEC §2 v2): per report month, each action's
// `Mois`, `Échéance` and `Statut` when that report was generated. The add-on writes it; the reader
// stays tolerant all the same: a row without a valid `Mois du rapport` or an `ID` is skipped, other
// bad cells are blanked, each with a French problem naming the cell. An absent tab = no snapshot.

import { STATUTS, TAB, TABLES, type ColumnSpec } from '../contract';
import type { PlanSnapshotRow } from '../core/types';
import { missingValue, unreadable, type ReadProblem } from './messages';
import { readTable } from './table';
import type { ReadResult } from './read-plan';
import type { Row } from './row';
import { INVALID } from '../core/numbers';
import { parseMonth } from '../core/months';

/**
 * The snapshot's columns are all computed by the add-on; read as input columns here so that a
 * filled row is not taken for an empty one.
 */
const SNAPSHOT_SPECS: readonly ColumnSpec[] = TABLES.instantanes.map(({ header, kind, note }) => ({ header, kind, note }));

/** `Mois du rapport`: text `AAAA-MM` (or a date of that month); missing or bad → null and a problem (row skipped). */
function reportMonth(l: Row): string | null {
  const header = 'Mois du rapport';
  const value = l.raw(header);
  const parsed = parseMonth(value);
  if (parsed !== null && parsed !== INVALID) return parsed;
  l.report(header, parsed === null ? missingValue(header, 'month') : unreadable(header, value, 'month'), true);
  return null;
}

/** Rows of `Boussole instantanés`, in sheet order; an absent tab (grid undefined) gives none. */
export function readSnapshots(grid: unknown[][] | undefined, problemes: ReadProblem[]): ReadResult<PlanSnapshotRow> {
  const table = readTable(grid, SNAPSHOT_SPECS, TAB.instantanes, problemes, { keys: ['Mois du rapport', 'ID'] });
  const rows: PlanSnapshotRow[] = [];
  for (const l of table.lignes) {
    const moisRapport = reportMonth(l);
    const id = l.requiredText('ID');
    const snapshot = { row: l.row, mois: l.month('Mois'), echeance: l.date('Échéance'), statut: l.choice('Statut', STATUTS) };
    if (moisRapport === null || id === null) continue;
    rows.push({ ...snapshot, moisRapport, id });
  }
  return { rows, colonnes: { ...table.context.letters } };
}
