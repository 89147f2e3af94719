// Initialiser for one row-1 table tab: create it or append its missing columns, then format it.

import type { ColumnSpec } from '../contract';
import { layoutTable, type TableLayout } from '../workbook/layout';
import { adjacentRuns, ensureSize } from './cells';
import { formatTable, type RuleCache } from './table-format';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What Initialiser did on a tab, for the closing toast. */
export interface TabOutcome {
  readonly name: string;
  readonly created: boolean;
  readonly appended: readonly string[];
}

/** Returns the tab, creating it at the end of the classeur when missing. */
export function sheetOrCreate(ss: Spreadsheet, name: string): { sheet: Sheet; created: boolean } {
  const existing = ss.getSheetByName(name);
  if (existing) return { sheet: existing, created: false };
  return { sheet: ss.insertSheet(name, ss.getNumSheets()), created: true };
}

/** Header cells and header notes of row `row` (empty arrays on an empty sheet). */
function readHeaderRow(sheet: Sheet, row: number): { values: unknown[]; notes: string[] } {
  const width = sheet.getLastColumn();
  if (width < 1) return { values: [], notes: [] };
  const range = sheet.getRange(row, 1, 1, width);
  return { values: range.getValues()[0] ?? [], notes: range.getNotes()[0] ?? [] };
}

/** A header row whose cells were already read (`values`, full data width): only its notes are fetched. */
export function headerWithNotes(sheet: Sheet, row: number, values: readonly unknown[]): { values: unknown[]; notes: string[] } {
  if (values.length === 0) return { values: [], notes: [] };
  return { values: [...values], notes: sheet.getRange(row, 1, 1, values.length).getNotes()[0] ?? [] };
}

/** Freezes the header row unless it already is (a new tab has nothing frozen: no need to ask). */
export function freezeHeader(sheet: Sheet, created: boolean): void {
  if (created || sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
}

/** Creates or completes a table whose header is on row 1, with its formats and rules. */
export function initTable(ss: Spreadsheet, name: string, specs: readonly ColumnSpec[], rules: RuleCache): TabOutcome & { sheet: Sheet; layout: TableLayout; dataRows: number } {
  const { sheet, created } = sheetOrCreate(ss, name);
  const header = created ? { values: [], notes: [] } : readHeaderRow(sheet, 1);
  const layout = layoutTable(header.values, specs);
  const dataRows = ensureSize(sheet, 2, layout.headers.length).rows - 1;
  formatTable(sheet, specs, { headerRow: 1, dataRows, headers: layout.headers, columnOf: layout.columnOf }, header.notes, rules);
  freezeHeader(sheet, created);
  if (created) widenColumns(sheet, specs, layout);
  return { name, created, appended: created ? [] : layout.appended, sheet, layout, dataRows };
}

/** Readable widths on a new tab: wide free-text columns (one call per run of adjacent ones). */
export function widenColumns(sheet: Sheet, specs: readonly ColumnSpec[], layout: TableLayout): void {
  const wide = specs
    .filter((spec) => spec.kind === 'text' && !spec.computed && !['R', 'A', 'C', 'I', 'ID', 'Canal'].includes(spec.header))
    .map((spec) => layout.columnOf[spec.header])
    .filter((column): column is number => column !== undefined);
  for (const run of adjacentRuns(wide)) sheet.setColumnWidths(run.start, run.length, WIDE_COLUMN);
}

/** Width in pixels of a free-text column (the others keep Google's default of 100). */
const WIDE_COLUMN = 240;
