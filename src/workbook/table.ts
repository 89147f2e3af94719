// Generic table reading: header row → column map, then one Ligne per data row, skipping rows
// whose input cells are all empty and filling down "merged-looking" empty cells on request.

import type { ColumnSpec } from '../contract';
import { columnLetter } from '../core/cells';
import { matchHeaders, typedHeader } from './headers';
import { Row, type TableContext } from './row';
import { absentColumn, problem, type ReadProblem } from './messages';
import { isBlank } from '../core/text';
import type { ZodMiniType } from 'zod/mini';

/** Where a table starts and ends in its grid, and how tolerant its reading is. */
export interface TableOptions {
  /** 0-based grid index of the header row (default 0). */
  readonly headerAt?: number;
  /** 0-based grid index where data stops (exclusive; default the grid's end). */
  readonly end?: number;
  /**
   * Headers whose empty cell takes the value of the row just above when that row is a data
   * row (cells merged over a block of rows come back empty except the first).
   */
  readonly fillDown?: readonly string[];
  /** Key headers: when absent from the header row, one problem says how many rows it drops. */
  readonly keys?: readonly string[];
  /** Extra (non-contract) columns that also count as input, by 0-based index. */
  readonly extraInputs?: (extras: readonly number[], grid: readonly unknown[][]) => readonly number[];
}

/** A table as read: its context (headers, letters, problems) and its data rows. */
export interface Table {
  readonly context: TableContext;
  readonly lignes: Row[];
  /** 0-based indexes of extra columns and their header as typed. */
  readonly extras: ReadonlyArray<{ column: number; header: string }>;
}

function letters(index: Record<string, number>, extras: Table['extras']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { column, header } of extras) if (header !== '') result[header] = columnLetter(column + 1);
  for (const [header, column] of Object.entries(index)) result[header] = columnLetter(column + 1);
  return result;
}

/** Reads one table of a tab grid; problems are appended to `problemes`. */
export function readTable(
  grid: readonly unknown[][] | undefined,
  specs: readonly ColumnSpec[],
  tab: string,
  problemes: ReadProblem[],
  options: TableOptions = {},
): Table {
  const rows = grid ?? [];
  const headerAt = options.headerAt ?? 0;
  const headerRow = rows[headerAt] ?? [];
  const { index, extras: extraColumns } = matchHeaders(headerRow, specs);
  const extras = extraColumns.map((column) => ({ column, header: typedHeader(headerRow[column]) }));
  const context: TableContext = { tab, index, letters: letters(index, extras), problemes };
  const inputs = [
    ...specs.filter((spec) => spec.computed !== true).map((spec) => index[spec.header]),
    ...(options.extraInputs?.(extraColumns, rows.slice(headerAt + 1, options.end)) ?? []),
  ].filter((column): column is number => column !== undefined);
  const fill = (options.fillDown ?? []).map((header) => index[header]).filter((c): c is number => c !== undefined);
  const lignes: Row[] = [];
  let previous: unknown[] | null = null;
  for (let at = headerAt + 1; at < (options.end ?? rows.length); at += 1) {
    const values = [...(rows[at] ?? [])];
    if (inputs.every((column) => isBlank(values[column]))) {
      previous = null;
      continue;
    }
    for (const column of fill) if (isBlank(values[column]) && previous !== null) values[column] = previous[column];
    lignes.push(new Row(context, values, at + 1));
    previous = values;
  }
  for (const key of options.keys ?? []) {
    if (index[key] === undefined && lignes.length > 0) problemes.push(problem(tab, `A${headerAt + 1}`, absentColumn(key, lignes.length), lignes.length));
  }
  return { context, lignes, extras };
}

/** Final check of an assembled row against its zod/mini schema; a failure skips the row. */
export function validated<T>(schema: ZodMiniType<T>, candidate: T, ligne: Row, header: string): T | null {
  const result = schema.safeParse(candidate);
  if (result.success) return result.data;
  ligne.report(header, `ligne ${ligne.row} illisible, ignorée`, true);
  return null;
}
