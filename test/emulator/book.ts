// The in-memory workbook (sheets in order, named ranges, the formula engine), independent of the
// script-facing services; one sheet's model is in sheet-model.ts.
import type { Axis, Rect } from './a1.js';
import { quoteSheet, shiftFormula } from './a1.js';
import { Engine } from './engine.js';
import { canonicalFormula } from './formulas.js';
import { ScriptError } from './counting.js';
import { parseInput, type Grid, type Raw } from './values.js';
import { SheetModel, type RangeRef } from './sheet-model.js';

export { isRangeRef, nextChartId, SheetModel } from './sheet-model.js';
export type { CellFormat, ChartData, ProtectionData, RangeRef, RuleData, ValidationData } from './sheet-model.js';

/** The spreadsheet: its sheets in tab order, named ranges, and the engine that computes them. */
export class Book {
  readonly sheets: SheetModel[] = [];
  readonly engine: Engine;
  readonly named = new Map<string, RangeRef>();
  activeSheetId = 0;
  selection: { sheetId: number; rects: Rect[] } | null = null;
  /** Sharing and document properties belong to the file. */
  readonly shares = { viewers: [] as string[], editors: [] as string[] };
  readonly documentProperties = new Map<string, string>();
  private seq = 0;
  constructor(readonly id: string, public name: string, public timeZone: string, now: () => Date) {
    this.engine = new Engine(() => this.sheets, () => this.namedList(), now, () => this.timeZone);
    this.insertSheet('Feuille 1');
  }

  private namedList(): Array<{ name: string; sheet: string; rect: Rect }> {
    return [...this.named].flatMap(([name, n]) => {
      const s = this.byId(n.sheetId);
      return s ? [{ name, sheet: s.name, rect: n.rect }] : [];
    });
  }

  /** Removes every sheet and named range (before loading another workbook). */
  reset(): void {
    this.sheets.splice(0);
    this.named.clear();
    this.seq = 0;
    this.selection = null;
    this.engine.rebuild();
  }

  /** The stored name of a named range, looked up regardless of case (Sheets' names are case-insensitive). */
  namedKey(name: string): string | undefined {
    if (this.named.has(name)) return name;
    const l = name.toLowerCase();
    return [...this.named.keys()].find((k) => k.toLowerCase() === l);
  }

  /** Names a range (replacing a range of that name); the engine learns the name. */
  setNamed(name: string, ref: RangeRef): void {
    const old = this.namedKey(name);
    if (old !== undefined) this.named.delete(old);
    this.named.set(name, { sheetId: ref.sheetId, rect: { ...ref.rect } });
    this.engine.rebuild();
  }

  removeNamed(name: string): boolean {
    const k = this.namedKey(name);
    if (k === undefined) return false;
    this.named.delete(k);
    this.engine.rebuild();
    return true;
  }

  byId(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }
  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  get active(): SheetModel {
    return this.byId(this.activeSheetId) ?? (this.sheets[0] as SheetModel);
  }

  /** Inserts a sheet (Sheets' name rules); index is 0-based position. */
  insertSheet(name?: string, index?: number): SheetModel {
    let n = name?.trim();
    if (n === undefined || n === '') {
      let i = this.sheets.length + 1;
      while (this.byName(`Feuille ${i}`)) i++;
      n = `Feuille ${i}`;
    }
    if (this.byName(n)) throw new ScriptError(`A sheet with the name "${n}" already exists. Please enter another name.`);
    if (n.length > 100) throw new ScriptError('The sheet name cannot be longer than 100 characters.');
    this.checkGrowth(1000 * 26);
    const id = this.seq === 0 ? 0 : (this.seq * 1_234_567_891) % 2_000_000_000;
    this.seq++;
    const sheet = new SheetModel(id, n, this);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this.engine.addSheet(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw new ScriptError("You can't remove all the sheets in a document.");
    if (!sheet.hidden && this.sheets.every((s) => s === sheet || s.hidden)) {
      throw new ScriptError("You can't remove all the visible sheets in a document.");
    }
    const i = this.sheets.indexOf(sheet);
    if (i >= 0) this.sheets.splice(i, 1);
    for (const [k, n] of this.named) if (n.sheetId === sheet.id) this.named.delete(k);
    if (this.activeSheetId === sheet.id) this.activeSheetId = (this.sheets[Math.max(0, i - 1)] as SheetModel).id;
    this.engine.rebuild();
  }

  renameSheet(sheet: SheetModel, name: string): void {
    const n = name.trim();
    if (n === '') throw new ScriptError('Sheet name cannot be empty.');
    const other = this.byName(n);
    if (other && other !== sheet) throw new ScriptError(`A sheet with the name "${n}" already exists. Please enter another name.`);
    const old = sheet.name;
    const pattern = new RegExp(`(^|[^\\w'À-ÿ])(${escapeRe(quoteSheet(old))}|'${escapeRe(old)}')!`, 'gi');
    this.rewriteFormulas((f) => f.replace(pattern, `$1${quoteSheet(n)}!`));
    sheet.name = n;
    this.engine.rebuild();
  }

  /** Writes values like setValues (parsed as user input); dimensions were checked by the caller. `typed`: the user
   *  typed them in the Sheets UI (the inspector), not a script. */
  writeValues(sheet: SheetModel, rect: Rect, rows: unknown[][], typed = false): void {
    checkCellTexts(rows);
    const raws = Array.from(rows, (r, i) => Array.from(r, (v, j) => {
      const row = rect.row + i, col = rect.col + j;
      const fmt = sheet.numberFormat(row, col);
      const p = parseInput(v, fmt, this.timeZone, typed);
      if (p.autoFormat && (fmt === undefined || (p.autoFormat !== '0%' && !/[ydhsm]/i.test(fmt)))) sheet.setFormat(row, col, { numberFormat: p.autoFormat });
      return p.raw;
    }));
    this.writeRaws(sheet, rect, raws);
  }

  /** Writes formulas like setFormulas ('' clears the cell, text that is no formula is stored as text). */
  writeFormulas(sheet: SheetModel, rect: Rect, rows: string[][]): void {
    checkCellTexts(rows);
    this.writeRaws(sheet, rect, rows.map((r) => r.map((f): Raw | null => (f === '' ? null : f.startsWith('=') && f.length > 1 ? { kind: 'formula', formula: f } : { kind: 'value', value: f }))));
  }

  /** Writes literal texts, never parsed (rich-text values); '' clears the cell. */
  writeTexts(sheet: SheetModel, rect: Rect, rows: string[][]): void {
    checkCellTexts(rows);
    this.writeRaws(sheet, rect, rows.map((r) => r.map((t): Raw | null => (t === '' ? null : { kind: 'value', value: t }))));
  }

  private writeRaws(sheet: SheetModel, rect: Rect, raws: Array<Array<Raw | null>>): void {
    const stored = raws.map((r, i) => r.map((raw, j) => {
      const c = raw?.kind === 'formula' ? { kind: 'formula' as const, formula: canonicalFormula(raw.formula) } : raw;
      sheet.content.set(rect.row + i, rect.col + j, c ?? undefined);
      return c;
    }));
    this.engine.write(sheet, rect.row, rect.col, stored);
  }

  clearContent(sheet: SheetModel, rect: Rect): void {
    sheet.content.clearRect(rect.row, rect.col, rect.numRows, rect.numCols);
    const rows = Array.from({ length: rect.numRows }, () => Array<Raw | null>(rect.numCols).fill(null));
    this.engine.write(sheet, rect.row, rect.col, rows);
  }

  formulas(sheet: SheetModel, rect: Rect): string[][] {
    return Array.from({ length: rect.numRows }, (_, i) => Array.from({ length: rect.numCols }, (_, j) => {
      const raw = sheet.content.get(rect.row + i, rect.col + j);
      return raw?.kind === 'formula' ? raw.formula : '';
    }));
  }

  /** Inserts (delta > 0) or deletes (delta < 0) rows or columns at `at`, shifting cells, formats and references. */
  shift(sheet: SheetModel, axis: Axis, at: number, delta: number): void {
    if (delta > 0) this.checkGrowth(delta * (axis === 'rows' ? sheet.maxCols : sheet.maxRows));
    for (const g of [sheet.content, sheet.formats, sheet.notes, sheet.validations] as Array<Grid<unknown>>) g.shift(axis, at, delta);
    if (axis === 'rows') sheet.maxRows += delta;
    else sheet.maxCols += delta;
    this.rewriteFormulas((f, host) => shiftFormula(f, host, sheet.name, axis, at, delta));
    const key = axis === 'rows' ? 'row' : 'col';
    sheet.merges = sheet.merges.map((m) => (m[key] >= at ? { ...m, [key]: m[key] + delta } : m));
    for (const [name, n] of [...this.named]) {
      if (n.sheetId !== sheet.id) continue;
      const rect = shiftRect(n.rect, axis, at, delta);
      if (rect) n.rect = rect;
      else this.named.delete(name); // every cell of it deleted (Sheets keeps a #REF! name; the emulator drops it)
    }
    this.engine.rebuild();
  }

  /** Appends rows/columns at the end (no reference moves). */
  grow(sheet: SheetModel, rows: number, cols: number): void {
    this.checkGrowth(rows * sheet.maxCols + cols * (sheet.maxRows + rows));
    sheet.maxRows += rows;
    sheet.maxCols += cols;
    this.engine.resized(sheet);
  }

  /** Cells of every sheet's grid, empty or not (what Sheets' 10 million limit counts). */
  cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  /** Refuses to add `cells` grid cells past Sheets' limit, with its message. */
  private checkGrowth(cells: number): void {
    if (cells > 0 && this.cellCount() + cells > MAX_CELLS) {
      throw new ScriptError(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }

  private rewriteFormulas(fn: (formula: string, host: string) => string): void {
    for (const s of this.sheets) {
      for (const [r, c, raw] of [...s.content.entries()]) {
        if (raw.kind === 'formula') s.content.set(r, c, { kind: 'formula', formula: fn(raw.formula, s.name) });
      }
    }
  }
}

/** A rectangle after rows or columns were inserted (delta > 0, before `at`) or deleted (delta < 0: [at+delta, at)),
 *  growing when the insertion falls inside it; null when all its cells are deleted. */
export function shiftRect(r: Rect, axis: Axis, at: number, delta: number): Rect | null {
  const [start, size] = axis === 'rows' ? [r.row, r.numRows] : [r.col, r.numCols];
  const end = start + size - 1;
  let s2: number, e2: number;
  if (delta > 0) {
    s2 = start >= at ? start + delta : start;
    e2 = end >= at ? end + delta : end;
  } else {
    const from = at + delta, to = at - 1; // deleted, inclusive
    const move = (x: number): number => (x > to ? x + delta : x);
    if (start >= from && end <= to) return null;
    s2 = start >= from && start <= to ? from : move(start);
    e2 = end >= from && end <= to ? from - 1 : move(end);
  }
  return axis === 'rows' ? { ...r, row: s2, numRows: e2 - s2 + 1 } : { ...r, col: s2, numCols: e2 - s2 + 1 };
}

/** Sheets' limit on the cells of a spreadsheet, all sheets' grids together. */
export const MAX_CELLS = 10_000_000;

/** Sheets' limit on what one cell holds. */
export const MAX_CELL_CHARS = 50_000;

/** Refuses the whole write when one text is longer than a cell holds, with Sheets' message. */
function checkCellTexts(rows: unknown[][]): void {
  for (const r of rows) {
    for (const v of r) {
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
        throw new ScriptError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      }
    }
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
