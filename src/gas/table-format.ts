// Header row, help notes, dropdowns and number formats of one contract table (Initialiser).
// Calls grow with the number of columns, never with the number of rows.

import type { ColumnKind, ColumnSpec } from '../workbook/contract';
import { numberFormatOf } from '../workbook/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HEADER_BACKGROUND = '#e8f0fe';
export const HEADER_FONT = '#174ea6';

/** Dropdown or check rule of a column kind, or null when the column is free. */
export function validationOf(kind: ColumnKind): GoogleAppsScript.Spreadsheet.DataValidation | null {
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

export interface TablePlacement {
  readonly headerRow: number;
  /** Number of data rows below the header that the rules cover. */
  readonly dataRows: number;
  readonly headers: readonly string[];
  readonly columnOf: Record<string, number>;
}

/** Writes the header row (style + notes) and the per-column rules of a table. */
export function formatTable(sheet: Sheet, specs: readonly ColumnSpec[], at: TablePlacement, existingNotes: readonly string[]): void {
  const width = at.headers.length;
  const headerRange = sheet.getRange(at.headerRow, 1, 1, width);
  headerRange.setValues([[...at.headers]]);
  headerRange.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT);
  const notes = at.headers.map((_, i) => existingNotes[i] ?? '');
  for (const spec of specs) notes[(at.columnOf[spec.header] ?? 0) - 1] = spec.note;
  headerRange.setNotes([notes]);
  if (at.dataRows < 1) return;
  for (const spec of specs) {
    const column = at.columnOf[spec.header];
    if (column === undefined || spec.computed) continue;
    const body = sheet.getRange(at.headerRow + 1, column, at.dataRows, 1);
    const rule = validationOf(spec.kind);
    if (rule) body.setDataValidation(rule);
    const format = numberFormatOf(spec.kind);
    if (format) body.setNumberFormat(format);
  }
}
