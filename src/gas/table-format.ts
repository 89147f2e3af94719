// Header row, help notes, dropdowns and number formats of one contract table (Initialiser).
// Calls grow with the number of columns, never with the number of rows.

import type { ColumnKind, ColumnSpec } from '../contract';
import { numberFormatOf } from '../workbook/layout';
import { adjacentRuns } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Background of contract header rows. */
export const HEADER_BACKGROUND = '#e8f0fe';
/** Font colour of contract header rows. */
export const HEADER_FONT = '#174ea6';

/** Builds each distinct rule once per Initialiser run (builder calls do not grow with columns). */
export class RuleCache {
  private readonly rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>();

  /** Dropdown or check rule of a column kind, or null when the column is free. */
  ruleOf(kind: ColumnKind): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const key = typeof kind === 'string' ? kind : `enum:${kind.enum.join('|')}`;
    if (!this.rules.has(key)) this.rules.set(key, buildRule(kind));
    return this.rules.get(key) ?? null;
  }
}

function buildRule(kind: ColumnKind): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (typeof kind !== 'string') {
    return SpreadsheetApp.newDataValidation().requireValueInList([...kind.enum], true).setAllowInvalid(false).build();
  }
  switch (kind) {
    case 'note15':
      return SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false)
        .setHelpText('Une note entière de 1 à 5.').build();
    case 'date':
      return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true)
        .setHelpText('Une date, par exemple 23/11/2026.').build();
    case 'euro':
    case 'number':
    case 'percent':
      return SpreadsheetApp.newDataValidation().requireNumberBetween(-1e12, 1e12).setAllowInvalid(true)
        .setHelpText('Un nombre.').build();
    default:
      return null;
  }
}

/** Where a table sits in its sheet and which headers it has. */
interface TablePlacement {
  readonly headerRow: number;
  /** Number of data rows below the header that the rules cover. */
  readonly dataRows: number;
  readonly headers: readonly string[];
  readonly columnOf: Record<string, number>;
}

/** Writes the header row (style + notes) and the per-column rules of a table. */
export function formatTable(sheet: Sheet, specs: readonly ColumnSpec[], at: TablePlacement, existingNotes: readonly string[], rules: RuleCache): void {
  const width = at.headers.length;
  const headerRange = sheet.getRange(at.headerRow, 1, 1, width);
  headerRange.setValues([[...at.headers]]);
  headerRange.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT);
  const notes = at.headers.map((_, i) => existingNotes[i] ?? '');
  for (const spec of specs) notes[(at.columnOf[spec.header] ?? 0) - 1] = spec.note;
  headerRange.setNotes([notes]);
  if (at.dataRows < 1) return;
  const byColumn = new Map<number, ColumnSpec>();
  for (const spec of specs) {
    const column = at.columnOf[spec.header];
    if (column !== undefined && !spec.computed) byColumn.set(column, spec);
  }
  const rowsOf = <T>(cells: T[]) => Array.from({ length: at.dataRows }, () => cells);
  const formatted = [...byColumn].filter(([, spec]) => numberFormatOf(spec.kind) !== null).map(([column]) => column);
  for (const run of adjacentRuns(formatted)) {
    const formats = Array.from({ length: run.length }, (_, i) => numberFormatOf(byColumn.get(run.start + i)?.kind ?? 'text') ?? '');
    sheet.getRange(at.headerRow + 1, run.start, at.dataRows, run.length).setNumberFormats(rowsOf(formats));
  }
  const validated = [...byColumn].filter(([, spec]) => rules.ruleOf(spec.kind) !== null).map(([column]) => column);
  for (const run of adjacentRuns(validated)) {
    const row = Array.from({ length: run.length }, (_, i) => rules.ruleOf(byColumn.get(run.start + i)?.kind ?? 'text'));
    sheet.getRange(at.headerRow + 1, run.start, at.dataRows, run.length).setDataValidations(rowsOf(row));
  }
}
