// Where each contract column lives on a tab, and which headers Initialiser must append.

import type { ColumnKind, ColumnSpec } from './contract';
import { normalize } from '../core/text';

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
  const columnOf: Record<string, number> = {};
  const appended: string[] = [];
  for (const spec of specs) {
    const found = headers.findIndex((h) => normalize(h) === normalize(spec.header));
    if (found >= 0) {
      columnOf[spec.header] = found + 1;
    } else {
      headers.push(spec.header);
      appended.push(spec.header);
      columnOf[spec.header] = headers.length;
    }
  }
  return { headers, appended, columnOf };
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
