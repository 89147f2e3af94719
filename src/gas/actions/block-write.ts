// Writes several blocks over several tabs with reads first: every grid size, then every growth,
// then every number format, then every setValues. Apps Script flushes pending writes before a
// read, so this order costs at most one read-after-write (formats read after a tab grew), where
// writing tab by tab would alternate reads and writes once per tab.

import { writeValues } from '../cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A rectangle to write: 1-based top-left cell, rows of equal width; `text` = user text (cells.ts writeValues). */
export interface Block {
  sheet: Sheet;
  row: number;
  column: number;
  values: unknown[][];
  text: boolean;
}

const widthOf = (b: Block) => b.values[0]?.length ?? 0;

/** Writes the blocks (empty ones skipped) in four phases; calls depend on the blocks, never on rows. */
export function writeBlocks(blocks: readonly Block[]): void {
  const todo = blocks.filter((b) => b.values.length > 0 && widthOf(b) > 0);
  const need = new Map<Sheet, { rows: number; columns: number }>();
  for (const b of todo) {
    const n = need.get(b.sheet) ?? { rows: 0, columns: 0 };
    need.set(b.sheet, { rows: Math.max(n.rows, b.row + b.values.length - 1), columns: Math.max(n.columns, b.column + widthOf(b) - 1) });
  }
  // Every size is read before any tab grows (cells.ts ensureSize would read and write tab by tab).
  const sizes = [...need].map(([sheet, n]) => ({ sheet, n, rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() }));
  for (const { sheet, n, rows, columns } of sizes) {
    if (n.rows > rows) sheet.insertRowsAfter(rows, n.rows - rows);
    if (n.columns > columns) sheet.insertColumnsAfter(columns, n.columns - columns);
  }
  const ranges = todo.map((b) => b.sheet.getRange(b.row, b.column, b.values.length, widthOf(b)));
  const formats = todo.map((b, i) => (b.text ? ranges[i]?.getNumberFormats() ?? [] : []));
  todo.forEach((b, i) => {
    const range = ranges[i];
    // Non-text blocks hold the add-on's own values (dates, numbers): written as they are.
    if (range) writeValues(range, b.values, { formats: b.text ? formats[i] ?? [] : b.values.map((row) => row.map(() => '@')) });
  });
}
