// Spilling a custom formula's result from its anchor cell: clear the previous output, refuse (#REF!) when the
// area is outside the sheet or holds typed data, write the values into the engine (Dates as serials).
import type { HyperFormula } from 'hyperformula';
import type { Rect } from './a1.js';
import type { CustomResult } from './custom.js';
import type { EngineSheet } from './engine.js';
import { engineScalar } from './formulas.js';
import { dateToSerial, isDateObject } from './values.js';

/** A top-level custom-formula cell. */
export interface Anchor {
  sheet: EngineSheet;
  row: number;
  col: number;
  name: string;
  args: string[];
  sig?: string;
  out?: Rect;
  /** Last result and the area it wants, to re-spill without running again when that area changes. */
  last?: CustomResult;
  want?: Rect;
  reapply?: boolean;
  /** Bounding box of the anchor and the spilled cells that hold something, '' included (what getLastRow sees). */
  filled?: Rect;
}

/** Where spilled values go. */
export interface SpillTarget {
  hf: HyperFormula;
  sheetId: number;
  autoDates: Set<string>;
  key(row: number, col: number): string;
  /** The spreadsheet's zone (Dates spill as their wall clock there). */
  timeZone: string;
}

export function clearSpill(t: SpillTarget, a: Anchor): void {
  if (!a.out) return;
  for (let r = a.out.row; r < a.out.row + a.out.numRows; r++) {
    for (let c = a.out.col; c < a.out.col + a.out.numCols; c++) {
      if (r === a.row && c === a.col) continue;
      t.autoDates.delete(t.key(r, c));
      if (!a.sheet.content.get(r, c)) t.hf.setCellContents({ sheet: t.sheetId, row: r - 1, col: c - 1 }, null);
    }
  }
  a.out = undefined;
  a.filled = undefined;
}

export function applySpill(t: SpillTarget, a: Anchor, result: CustomResult): void {
  t.hf.suspendEvaluation();
  try {
    clearSpill(t, a);
    let cells: unknown[][] = result.ok ? result.cells : [[result.error]];
    const h = cells.length, w = cells[0]?.length ?? 1;
    a.want = { row: a.row, col: a.col, numRows: h, numCols: w };
    if (result.ok && (a.row + h - 1 > a.sheet.maxRows || a.col + w - 1 > a.sheet.maxCols || blocked(a, h, w))) cells = [['#REF!']];
    let lastR = 0, lastC = 0;
    const block = cells.map((r, i) => r.map((v, j) => {
      if (v !== null && v !== undefined) { lastR = Math.max(lastR, i); lastC = Math.max(lastC, j); }
      if (isDateObject(v)) {
        t.autoDates.add(t.key(a.row + i, a.col + j));
        return dateToSerial(v, t.timeZone);
      }
      return engineScalar((v ?? null) as number | string | boolean | null);
    }));
    t.hf.setCellContents({ sheet: t.sheetId, row: a.row - 1, col: a.col - 1 }, block);
    a.out = { row: a.row, col: a.col, numRows: block.length, numCols: block[0]?.length ?? 1 };
    a.filled = { row: a.row, col: a.col, numRows: lastR + 1, numCols: lastC + 1 };
  } finally {
    t.hf.resumeEvaluation();
  }
}

function blocked(a: Anchor, h: number, w: number): boolean {
  for (let r = a.row; r < a.row + h; r++) {
    for (let c = a.col; c < a.col + w; c++) {
      if ((r !== a.row || c !== a.col) && a.sheet.content.get(r, c)) return true;
    }
  }
  return false;
}
