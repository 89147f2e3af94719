// The model of one sheet (cells, formats, notes, validations, rules, protections, charts) and
// the metadata records it holds; Book (book.ts) owns the sheets and keeps the engine in step.
import type { Rect } from './a1.js';
import type { Book } from './book.js';
import type { EngineSheet } from './engine.js';
import { DEFAULT_NUMBER_FORMAT, Grid } from './values.js';
import type { Raw } from './values.js';

/** Formats of one cell, as the Range setters store them. */
export interface CellFormat {
  numberFormat?: string; background?: string; fontWeight?: string; fontColor?: string; fontSize?: number;
  fontStyle?: string; fontFamily?: string; hAlign?: string; vAlign?: string; wrap?: boolean; wrapStrategy?: string; border?: string;
}
/** What a cell's format reads as when none was set (Range getters and the inspector). */
export type DefaultedFormat = Exclude<keyof CellFormat, 'wrapStrategy' | 'border'>;
const FORMAT_DEFAULTS: { [K in DefaultedFormat]: NonNullable<CellFormat[K]> } = {
  numberFormat: DEFAULT_NUMBER_FORMAT, background: '#ffffff', fontWeight: 'normal', fontColor: '#000000', fontSize: 10,
  fontStyle: 'normal', fontFamily: 'Arial', hAlign: 'general', vAlign: 'bottom', wrap: false,
};

/** A stored reference to a range of a sheet (validation sources, rule and chart ranges, named ranges). */
export interface RangeRef { sheetId: number; rect: Rect }
/** True for a RangeRef among a validation's criteria values (requireValueInRange). */
export function isRangeRef(v: unknown): v is RangeRef {
  return typeof v === 'object' && v !== null && 'sheetId' in v;
}

/** A data validation rule (criteria type and values, help text). */
export interface ValidationData { type: string; values: unknown[]; allowInvalid: boolean; helpText: string }
/** A conditional format rule: ranges, boolean condition, format. */
export interface RuleData {
  ranges: RangeRef[]; condition: { type: string; values: unknown[] } | null;
  background?: string; fontColor?: string; bold?: boolean; italic?: boolean;
}
/** A range or sheet protection. */
export interface ProtectionData { id: number; kind: 'RANGE' | 'SHEET'; rect: Rect | null; description: string; warningOnly: boolean; editors: string[] }
/** An embedded chart: type, source ranges, options, anchor. */
export interface ChartData {
  id: number; type: string; ranges: RangeRef[]; options: Map<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

let chartSeq = 1;
/** A fresh chart id, unique in the process. */
export const nextChartId = (): number => chartSeq++;

/** One sheet's content and metadata (what the Sheet and Range services read and write). */
export class SheetModel implements EngineSheet {
  maxRows = 1000;
  maxCols = 26;
  content = new Grid<Raw>();
  formats = new Grid<CellFormat>();
  notes = new Grid<string>();
  validations = new Grid<ValidationData>();
  merges: Rect[] = [];
  frozenRows = 0;
  frozenCols = 0;
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  protections: ProtectionData[] = [];
  charts: ChartData[] = [];
  rules: RuleData[] = [];
  tabColor: string | null = null;
  hidden = false;
  hiddenGridlines = false;
  constructor(readonly id: number, public name: string, private readonly book: Book) {}

  numberFormat(row: number, col: number): string | undefined {
    return this.formats.get(row, col)?.numberFormat;
  }
  /** One format property of a cell, its default when unset. */
  formatOf<K extends DefaultedFormat>(row: number, col: number, key: K): NonNullable<CellFormat[K]> {
    return this.formats.get(row, col)?.[key] ?? FORMAT_DEFAULTS[key];
  }
  setFormat(row: number, col: number, patch: Partial<CellFormat>): void {
    const next = { ...this.formats.get(row, col), ...patch };
    for (const k of Object.keys(next) as Array<keyof CellFormat>) if (next[k] === undefined || next[k] === null) delete next[k];
    this.formats.set(row, col, Object.keys(next).length ? next : undefined);
  }
  /** Last row/column holding a value (typed, formula, or spilled). */
  extent(): { lastRow: number; lastCol: number } {
    let lastRow = 0, lastCol = 0;
    for (const [r, c] of this.content.entries()) { if (r > lastRow) lastRow = r; if (c > lastCol) lastCol = c; }
    for (const s of this.book.engine.spills(this)) {
      lastRow = Math.max(lastRow, s.row + s.numRows - 1);
      lastCol = Math.max(lastCol, s.col + s.numCols - 1);
    }
    return { lastRow, lastCol };
  }
  /** The range getDataRange returns: A1 through the last row and column with data (A1 on an empty sheet). */
  dataRect(): Rect {
    const { lastRow, lastCol } = this.extent();
    return { row: 1, col: 1, numRows: Math.max(1, lastRow), numCols: Math.max(1, lastCol) };
  }
}
