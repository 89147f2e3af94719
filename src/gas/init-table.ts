// Initialiser for one row-1 table tab: create it or append its missing columns, then format it.

import type { ColumnSpec } from '../contract';
import { layoutTable, type TableLayout } from '../workbook/layout';
import { adjacentRuns, ensureSize } from './cells';
import { readSheetValues } from './read';
import { EMPTY_HEAD, formatTable, type RuleCache, type TableHead } from './table-format';

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

/**
 * The head of the table whose header is on `row`: its cells (`values` when already read, else read
 * here up to the last column), their notes, and the formats and rules of the first data row — one
 * range of two rows, whatever the number of rows of the tab.
 */
export function readHead(sheet: Sheet, row: number, values?: readonly unknown[]): TableHead {
  const width = values ? values.length : sheet.getLastColumn();
  if (width < 1) return EMPTY_HEAD;
  const range = sheet.getRange(row, 1, 2, width);
  return {
    values: values ? [...values] : range.getValues()[0] ?? [],
    notes: range.getNotes()[0] ?? [],
    formats: range.getNumberFormats()[1] ?? [],
    validations: range.getDataValidations()[1] ?? [],
  };
}

/** Freezes the header row unless it already is (a new tab has nothing frozen: no need to ask). */
export function freezeHeader(sheet: Sheet, created: boolean): void {
  if (created || sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
}

/** How Initialiser treats a tab: `owned` (Boussole writes it), `hidden`, `fullGrid` (return every value read). */
export interface TableOptions {
  readonly owned?: boolean;
  readonly hidden?: boolean;
  readonly fullGrid?: boolean;
}

/** What initTable did and read. */
export type TableOutcome = TabOutcome & { sheet: Sheet; layout: TableLayout; dataRows: number; head: TableHead; grid: unknown[][] };

/** Creates or completes a table whose header is on row 1, with its formats and rules. */
export function initTable(ss: Spreadsheet, name: string, specs: readonly ColumnSpec[], rules: RuleCache, options: TableOptions = {}): TableOutcome {
  const { sheet, created } = sheetOrCreate(ss, name);
  const size = ensureSize(sheet, 2, 1); // row 2 exists before the head (two rows) is read
  const grid = created || !options.fullGrid ? [] : readSheetValues(sheet);
  const head = created ? EMPTY_HEAD : readHead(sheet, 1, options.fullGrid ? grid[0] ?? [] : undefined);
  const layout = layoutTable(head.values, specs);
  const fresh = layout.headers.length === layout.appended.length;
  if (layout.headers.length > size.columns) sheet.insertColumnsAfter(size.columns, layout.headers.length - size.columns);
  const dataRows = size.rows - 1;
  const placement = { headerRow: 1, dataRows, headers: layout.headers, columnOf: layout.columnOf, appended: layout.appended.length, fresh, owned: options.owned === true };
  formatTable(sheet, specs, placement, head, rules);
  freezeHeader(sheet, created);
  if (created) widenColumns(sheet, specs, layout);
  if (options.hidden && (created || !sheet.isSheetHidden())) sheet.hideSheet();
  return { name, created, appended: created ? [] : layout.appended, sheet, layout, dataRows, head, grid };
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
