// Where each contract column lives on a tab, and which headers Initialiser must append.

import type { ColumnKind, ColumnSpec } from '../contract';
import { matchHeaders } from './headers';

/** How Initialiser lays out a table over an existing header row. */
export interface TableLayout {
  /** Header row after initialisation: the existing cells, then the missing contract headers. */
  readonly headers: string[];
  /** Contract headers appended at the right end. */
  readonly appended: string[];
  /** 1-based column of each contract header. */
  readonly columnOf: Record<string, number>;
}

/** Lays the contract columns over an existing header row (possibly empty), never moving a column. */
export function layoutTable(existing: readonly unknown[], specs: readonly ColumnSpec[]): TableLayout {
  const headers = existing.map((cell) => String(cell ?? ''));
  while (headers.length > 0 && headers[headers.length - 1]?.trim() === '') headers.pop();
  const { index, missing } = matchHeaders(headers, specs);
  const columnOf: Record<string, number> = {};
  for (const [header, column] of Object.entries(index)) columnOf[header] = column + 1;
  for (const header of missing) columnOf[header] = headers.push(header);
  return { headers, appended: missing, columnOf };
}

/** Number format of a column kind (null: leave the spreadsheet's automatic format). */
export function numberFormatOf(kind: ColumnKind): string | null {
  if (typeof kind !== 'string') return '@';
  switch (kind) {
    case 'euro': return '#,##0.00 "€"';
    case 'percent': return '0%';
    case 'date': return 'dd/mm/yyyy';
    case 'month': return 'mmmm yyyy';
    case 'note15': return '0';
    case 'text':
    case 'email': return '@';
    default: return null;
  }
}
