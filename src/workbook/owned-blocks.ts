// The blocks a report writes into the two tabs it owns (SPEC §2 v2): `Historique` (its month's row
// written or replaced, latest month first) and the hidden `Boussole instantanés` (its month's plan
// snapshot replaced). Pure: the tab's grid as read in, the whole data block to write out, so each
// tab costs one setValues whatever its size. Columns are found by header, missing ones appended.

import { TABLES, type ColumnSpec } from '../contract';
import { isBlank } from '../core/text';
import { parseMonth } from '../core/months';
import type { PlanSnapshotLine } from '../core/report/plan-snapshot';
import type { HistoryEntry, MonthKey } from '../core/types';
import { layoutTable, numberFormatOf } from './layout';

/** What to write on one owned tab: the header row, the data block from row 2, the contract columns' formats. */
export interface OwnedBlock {
  /** Header row after appending the missing contract headers. */
  headers: string[];
  /** True when the header row must be (re)written (new tab or appended headers). */
  headerChanged: boolean;
  /** Data rows from row 2, each `width` cells: the rows kept, the month's rows, blanks over stale rows. */
  rows: unknown[][];
  width: number;
  /** 1-based column of each contract header. */
  columnOf: Record<string, number>;
  /** Number format of each contract header's column (`@` keeps `AAAA-MM` as text). */
  formats: Record<string, string>;
  /** 1-based sheet rows holding the month (first and last); 0 when none. */
  firstRow: number;
  lastRow: number;
}

/** Number format of an owned column: the kind's, months as text, plain numbers as integers. */
function formatOf(spec: ColumnSpec): string {
  if (spec.kind === 'month' || spec.header === 'Mois') return '@';
  return numberFormatOf(spec.kind) ?? '0';
}

/** The month of a data row (`AAAA-MM` text or a date), or null. */
function monthOfCell(value: unknown): MonthKey | null {
  const parsed = parseMonth(value);
  return parsed === null || parsed === 'invalide' ? null : parsed;
}

/** Where a new month goes among rows kept in latest-first order: before the first earlier month. */
function insertionIndex(kept: readonly unknown[][], column: number, month: MonthKey): number {
  const at = kept.findIndex((row) => {
    const m = monthOfCell(row[column]);
    return m !== null && m < month;
  });
  return at < 0 ? kept.length : at;
}

/** Lays `entries` (rows keyed by contract header) for `month` over the tab's grid, replacing that month's rows. */
function layoutOwned(grid: readonly unknown[][], specs: readonly ColumnSpec[], monthHeader: string, month: MonthKey, entries: ReadonlyArray<Record<string, unknown>>): OwnedBlock {
  const existing = grid[0] ?? [];
  const layout = layoutTable(existing, specs);
  const width = grid.reduce((w, row) => Math.max(w, row.length), layout.headers.length);
  const monthColumn = (layout.columnOf[monthHeader] ?? 1) - 1;
  const pad = (row: readonly unknown[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
  const data = grid.slice(1).map(pad);
  while (data.length > 0 && (data[data.length - 1] ?? []).every(isBlank)) data.pop();
  const kept = data.filter((row) => monthOfCell(row[monthColumn]) !== month);
  const fresh = entries.map((entry) => {
    const row: unknown[] = Array.from({ length: width }, () => '');
    for (const [header, value] of Object.entries(entry)) row[(layout.columnOf[header] ?? 1) - 1] = value ?? '';
    return row;
  });
  const at = insertionIndex(kept, monthColumn, month);
  const rows = [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
  while (rows.length < data.length) rows.push(Array.from({ length: width }, () => ''));
  const formats = Object.fromEntries(specs.map((spec) => [spec.header, formatOf(spec)]));
  return {
    headers: layout.headers, headerChanged: layout.appended.length > 0, rows, width, columnOf: layout.columnOf, formats,
    firstRow: fresh.length === 0 ? 0 : at + 2, lastRow: fresh.length === 0 ? 0 : at + 1 + fresh.length,
  };
}

/** `Historique`: the month's row written or replaced, the other rows kept in their order. */
export function layoutHistoryBlock(grid: readonly unknown[][], entry: HistoryEntry): OwnedBlock {
  const row: Record<string, unknown> = {
    'Mois': entry.mois, 'Généré le': entry.genereLe, 'Météo': entry.meteo, 'Signaux rouges': entry.signauxRouges,
    'Signaux orange': entry.signauxOrange, 'Taux de réalisation': entry.tauxRealisation, 'Actions du mois': entry.actionsDuMois,
    'En retard': entry.enRetard, 'Bloquées': entry.bloquees, 'Budget prévu cumulé': entry.budgetPrevuCumule,
    'Réel cumulé': entry.reelCumule, 'Budget annuel': entry.budgetAnnuel,
  };
  return layoutOwned(grid, TABLES.historique, 'Mois', entry.mois, [row]);
}

/** `Boussole instantanés`: the month's snapshot rows replace the ones it had, the other months kept. */
export function layoutSnapshotBlock(grid: readonly unknown[][], month: MonthKey, lines: readonly PlanSnapshotLine[]): OwnedBlock {
  const entries = lines.map((l) => ({ 'Mois du rapport': month, 'ID': l.id, 'Mois': l.mois, 'Échéance': l.echeance, 'Statut': l.statut }));
  return layoutOwned(grid, TABLES.instantanes, 'Mois du rapport', month, entries);
}
