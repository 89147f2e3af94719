// Writes the tabs a report owns besides its own (SPEC §2 v2): `Historique` and the hidden
// `Boussole instantanés`. A missing tab is created formatted (bold header with notes, frozen row,
// the snapshot hidden); then one setNumberFormats and one setValues per tab, whatever its size.

import type { ColumnSpec } from '../contract';
import type { OwnedBlock } from '../workbook/owned-blocks';
import { adjacentRuns, writeValues } from './cells';
import { HEADER_BACKGROUND, HEADER_FONT } from './table-format';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One owned tab to write: its name, the sheet if it exists, the block, its contract headers. */
export interface OwnedTab {
  name: string;
  sheet: Sheet | null;
  block: OwnedBlock;
  specs: readonly ColumnSpec[];
  hidden: boolean;
  /** Rows the tab held when read (its grid's length): writing within them needs no size check. */
  rowsRead: number;
  /** Grid size of an existing tab, read by `readRoom` before the first write (a later read would flush). */
  room?: { rows?: number; columns?: number };
}

/** Reads, before any write, the grid size `ensureRoom` will need for an existing tab (nothing when it needs none). */
export function readRoom(tab: OwnedTab): void {
  if (!tab.sheet) return;
  const rows = 1 + tab.block.rows.length > tab.rowsRead ? tab.sheet.getMaxRows() : undefined;
  const columns = tab.block.headerChanged ? tab.sheet.getMaxColumns() : undefined;
  tab.room = { rows, columns };
}

/** A user string that would start a formula is kept as text; everything else goes as is. */
function safeCell(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** Header row with its help notes, bold on the contract colours, frozen (new tab or appended headers). */
function writeHeader(sheet: Sheet, tab: OwnedTab, created: boolean): void {
  const { block } = tab;
  const notes = block.headers.map(() => '');
  for (const spec of tab.specs) notes[(block.columnOf[spec.header] ?? 1) - 1] = spec.note;
  const range = sheet.getRange(1, 1, 1, block.headers.length);
  range.setValues([block.headers]);
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT);
  range.setNotes([notes]);
  if (created) sheet.setFrozenRows(1);
}

/** Grows the sheet when the block needs more rows or columns than it has. */
function ensureRoom(sheet: Sheet, tab: OwnedTab, created: boolean): void {
  const rows = 1 + tab.block.rows.length;
  if (created || rows > tab.rowsRead) {
    const maxRows = tab.room?.rows ?? sheet.getMaxRows();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  }
  if (!created && !tab.block.headerChanged) return;
  const maxColumns = tab.room?.columns ?? sheet.getMaxColumns();
  if (tab.block.width > maxColumns) sheet.insertColumnsAfter(maxColumns, tab.block.width - maxColumns);
}

/** Number formats of the contract columns (one call per run of adjacent ones), then every value. */
function writeBlock(sheet: Sheet, tab: OwnedTab): void {
  const { block } = tab;
  const n = block.rows.length;
  if (n === 0) return;
  const byColumn = new Map(tab.specs.map((spec) => [block.columnOf[spec.header] ?? 0, block.formats[spec.header] ?? '@']));
  const values = sheet.getRange(2, 1, n, block.width);
  for (const run of adjacentRuns([...byColumn.keys()].filter((c) => c > 0))) {
    const row = Array.from({ length: run.length }, (_, i) => byColumn.get(run.start + i) ?? '@');
    const target = run.start === 1 && run.length === block.width ? values : sheet.getRange(2, run.start, n, run.length);
    target.setNumberFormats(Array.from({ length: n }, () => row));
  }
  const formats = Array.from({ length: n }, () => Array.from({ length: block.width }, (_, c) => byColumn.get(c + 1) ?? '@'));
  writeValues(values, block.rows.map((r) => r.map(safeCell)), { formats });
}

/**
 * Creates (at `index`, formatted) or completes the owned tab, then writes its block. Call under the
 * document lock, after validation.
 */
export function writeOwnedTab(ss: Spreadsheet, tab: OwnedTab, index: number): Sheet {
  const created = tab.sheet === null;
  const sheet = tab.sheet ?? ss.insertSheet(tab.name, index);
  ensureRoom(sheet, tab, created);
  if (created || tab.block.headerChanged) writeHeader(sheet, tab, created);
  writeBlock(sheet, tab);
  if (created && tab.hidden) sheet.hideSheet();
  return sheet;
}
