// The calculation engine of the workbook: mirrors raw cells into HyperFormula, evaluates top-level custom
// formulas itself (with spilling, #REF! on blocked spills, #ERROR! on throws) and renders values for scripts.
import type { Rect } from './a1.js';
import { absoluteA1, intersects, quoteSheet } from './a1.js';
import { parseCustomCall, refArg, normaliseResult, signature } from './custom.js';
import type { CustomResult } from './custom.js';
import { applySpill, clearSpill } from './spill.js';
import type { Anchor, SpillTarget } from './spill.js';
import { HyperFormula, DetailedCellError, ENGINE_CONFIG, engineContent, errorText, hasOpenRange, setActive, toEngineFormula, registerCustomFunction } from './formulas.js';
import type { CellValue, RawCellContent } from './formulas.js';
import type { Grid, Raw } from './values.js';
import { isDateFormat, serialToMs } from './values.js';
import { CellError, ErrorType } from 'hyperformula';

/** What the engine reads from a sheet model. */
export interface EngineSheet {
  name: string;
  maxRows: number;
  maxCols: number;
  content: Grid<Raw>;
  numberFormat(row: number, col: number): string | undefined;
}


const key = (sheet: string, row: number, col: number): string => `${sheet.toLowerCase()}|${row}|${col}`;

export class Engine {
  hf: HyperFormula = HyperFormula.buildEmpty(ENGINE_CONFIG);
  /** Runs a custom function of the bundle (counting, auth mode and realm copies are the caller's job). */
  invoker: ((name: string, args: unknown[]) => unknown) | null = null;
  readonly customNames = new Set<string>();
  private anchors = new Map<string, Anchor>();
  private autoDates = new Set<string>();
  private openRangeCells = new Map<string, { sheet: EngineSheet; row: number; col: number }>();
  private dirty = false;
  private computing = false;

  constructor(
    private readonly sheets: () => EngineSheet[],
    private readonly named: () => Array<{ name: string; sheet: string; rect: Rect }>,
    readonly now: () => Date,
  ) {}

  /** Registers the bundle's custom functions and rebuilds the engine so it knows them. */
  setCustomFunctions(names: string[]): void {
    this.customNames.clear();
    for (const n of names) {
      this.customNames.add(n);
      registerCustomFunction(n);
    }
    this.rebuild();
  }

  invokeNested(name: string, args: unknown[]): unknown {
    if (!this.invoker || !this.customNames.has(name)) return new CellError(ErrorType.NAME);
    try {
      return this.invoker(name, args);
    } catch (e) {
      return new CellError(ErrorType.ERROR, e instanceof Object && 'message' in e ? String(e.message) : String(e));
    }
  }

  private sheetByName(name: string): EngineSheet | undefined {
    const l = name.toLowerCase();
    return this.sheets().find((s) => s.name.toLowerCase() === l);
  }

  /** Row count of a sheet by name (open ranges such as E2:E end there). */
  readonly maxRowsOf = (name: string): number => this.sheetByName(name)?.maxRows ?? 1000;

  private id(sheet: EngineSheet): number {
    const id = this.hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`engine has no sheet ${sheet.name}`);
    return id;
  }

  /** Adds an empty sheet (no rebuild needed). */
  addSheet(sheet: EngineSheet): void {
    setActive(this);
    this.hf.addSheet(sheet.name);
    for (const a of this.anchors.values()) a.reapply = true;
    this.dirty = true;
  }

  /** Rebuilds the whole engine from the sheet models (after structural changes). */
  rebuild(): void {
    setActive(this);
    this.hf.destroy();
    this.hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
    this.anchors.clear();
    this.autoDates.clear();
    this.openRangeCells.clear();
    const sheets = this.sheets();
    for (const s of sheets) this.hf.addSheet(s.name);
    this.hf.suspendEvaluation();
    for (const s of sheets) {
      let maxR = 0, maxC = 0;
      for (const [r, c] of s.content.entries()) { maxR = Math.max(maxR, r); maxC = Math.max(maxC, c); }
      if (maxR === 0) continue;
      const block: RawCellContent[][] = Array.from({ length: maxR }, () => Array<RawCellContent>(maxC).fill(null));
      for (const [r, c, raw] of s.content.entries()) (block[r - 1] as RawCellContent[])[c - 1] = this.prepare(s, r, c, raw);
      this.hf.setCellContents({ sheet: this.id(s), row: 0, col: 0 }, block);
    }
    for (const n of this.named()) {
      const sh = this.sheetByName(n.sheet);
      if (sh) this.hf.addNamedExpression(n.name, `=${quoteSheet(sh.name)}!${absoluteA1(n.rect)}`);
    }
    this.hf.resumeEvaluation();
    this.dirty = true;
  }

  /** Engine content for one raw cell; registers custom anchors and open-range formulas. */
  private prepare(sheet: EngineSheet, row: number, col: number, raw: Raw | null | undefined): RawCellContent {
    const k = key(sheet.name, row, col);
    this.openRangeCells.delete(k);
    if (raw?.kind === 'formula') {
      const call = parseCustomCall(raw.formula, (n) => this.customNames.has(n));
      if (call) {
        this.anchors.set(k, { sheet, row, col, name: call.name, args: call.args });
        return null;
      }
      if (hasOpenRange(raw.formula)) this.openRangeCells.set(k, { sheet, row, col });
    }
    return engineContent(raw, sheet.name, this.maxRowsOf);
  }

  /** Writes a block of raw cells (null = empty) at (row, col). */
  write(sheet: EngineSheet, row: number, col: number, raws: Array<Array<Raw | null>>): void {
    setActive(this);
    const removed: Anchor[] = [];
    const block = Array.from(raws, (r, i) => Array.from(r, (raw, j) => {
      const k = key(sheet.name, row + i, col + j);
      const a = this.anchors.get(k);
      if (a) { this.anchors.delete(k); removed.push(a); }
      this.autoDates.delete(k);
      return this.prepare(sheet, row + i, col + j, raw);
    }));
    if (block.length === 0 || (block[0]?.length ?? 0) === 0) return;
    this.hf.setCellContents({ sheet: this.id(sheet), row: row - 1, col: col - 1 }, block);
    for (const a of removed) this.clearSpill(a);
    const rect = { row, col, numRows: raws.length, numCols: raws[0]?.length ?? 0 };
    for (const a of this.anchors.values()) {
      if (a.sheet === sheet && ((a.out && intersects(a.out, rect)) || (a.want && intersects(a.want, rect)))) a.reapply = true;
    }
    this.dirty = true;
  }

  /** A sheet's size changed: re-resolve open ranges like E2:E that point to it. */
  resized(sheet: EngineSheet): void {
    setActive(this);
    for (const c of [...this.openRangeCells.values()]) {
      const raw = c.sheet.content.get(c.row, c.col);
      if (c.sheet === sheet || (raw?.kind === 'formula' && raw.formula.includes('!'))) this.write(c.sheet, c.row, c.col, [[raw ?? null]]);
    }
    for (const a of this.anchors.values()) a.sig = undefined;
    this.dirty = true;
  }

  /** Computed engine values of a rectangle (custom formulas brought up to date first). */
  rawValues(sheet: EngineSheet, rect: Rect): CellValue[][] {
    this.ensure();
    setActive(this);
    return this.hf.getRangeValues({
      start: { sheet: this.id(sheet), row: rect.row - 1, col: rect.col - 1 },
      end: { sheet: this.id(sheet), row: rect.row + rect.numRows - 2, col: rect.col + rect.numCols - 2 },
    });
  }

  /** Values as getValues returns them: '' for empty, Dates for date-formatted numbers, error texts. */
  values(sheet: EngineSheet, rect: Rect): unknown[][] {
    const raw = this.rawValues(sheet, rect);
    return raw.map((r, i) => r.map((v, j) => this.scriptValue(sheet, rect.row + i, rect.col + j, v)));
  }

  private scriptValue(sheet: EngineSheet, row: number, col: number, v: CellValue): unknown {
    if (v === null) return '';
    if (v instanceof DetailedCellError) return errorText(v);
    if (typeof v !== 'number') return v;
    // HyperFormula reads a stored number below ~1e-300 (1E-320) as NaN; Sheets keeps the double as typed.
    const stored = sheet.content.get(row, col);
    if (Number.isNaN(v) && stored?.kind === 'value' && typeof stored.value === 'number') return stored.value;
    const fmt = sheet.numberFormat(row, col);
    if (isDateFormat(fmt) || (fmt === undefined && this.isAutoDate(sheet, row, col))) return new Date(serialToMs(v));
    return v;
  }

  private isAutoDate(sheet: EngineSheet, row: number, col: number): boolean {
    if (this.autoDates.has(key(sheet.name, row, col))) return true;
    if (sheet.content.get(row, col)?.kind !== 'formula') return false;
    const t = this.hf.getCellValueDetailedType({ sheet: this.id(sheet), row: row - 1, col: col - 1 });
    return t === 'NUMBER_DATE' || t === 'NUMBER_DATETIME';
  }

  /** Anchor cells and the non-blank part of custom formulas' spills on a sheet (for getLastRow/getDataRange):
   *  like Sheets, a spilled '' counts as data, a spilled null/undefined (blank cell) does not. */
  spills(sheet: EngineSheet): Rect[] {
    this.ensure();
    return [...this.anchors.values()].flatMap((a) => (a.sheet === sheet && a.filled ? [a.filled] : []));
  }

  /** Runs custom formulas whose inputs changed, until nothing changes. */
  ensure(): void {
    if (!this.dirty || this.computing) return;
    this.computing = true;
    try {
      for (let pass = 0; pass < 20 && this.dirty; pass++) {
        this.dirty = false;
        const list = [...this.anchors.values()].sort((a, b) => a.row - b.row || a.col - b.col);
        for (const a of list) {
          if (this.anchors.get(key(a.sheet.name, a.row, a.col)) !== a) continue;
          const args = a.args.map((s) => this.evalArg(a, s));
          const sig = signature(args);
          if (sig === a.sig && !a.reapply) continue;
          a.reapply = false;
          if (sig !== a.sig || !a.last) a.last = this.runAnchor(a, args);
          a.sig = sig;
          this.apply(a, a.last);
          this.dirty = true;
        }
      }
    } finally {
      this.computing = false;
      this.dirty = false;
    }
  }

  private runAnchor(a: Anchor, args: unknown[]): CustomResult {
    if (!this.invoker) return { ok: false, error: '#NAME?' };
    try {
      return normaliseResult(this.invoker(a.name, args));
    } catch {
      return { ok: false, error: '#ERROR!' };
    }
  }

  private evalArg(a: Anchor, arg: string): unknown {
    if (arg === '') return '';
    const ref = refArg(arg, a.sheet.name, (n) => this.sheetByName(n));
    if (ref) {
      const vals = this.values(ref.sheet, ref.rect);
      return ref.rect.numRows === 1 && ref.rect.numCols === 1 ? vals[0]?.[0] : vals;
    }
    setActive(this);
    const v = this.hf.calculateFormula(toEngineFormula(`=${arg}`, a.sheet.name, this.maxRowsOf), this.id(a.sheet));
    const dateish = /^\s*(TODAY|NOW|DATE|EOMONTH|EDATE|DATEVALUE)\s*\(/i.test(arg);
    const conv = (x: CellValue): unknown => x instanceof DetailedCellError ? errorText(x) : x === null ? '' : dateish && typeof x === 'number' ? new Date(serialToMs(x)) : x;
    return Array.isArray(v) ? v.map((r) => r.map(conv)) : conv(v);
  }

  private clearSpill(a: Anchor): void {
    clearSpill(this.spillTarget(a), a);
  }

  private apply(a: Anchor, result: CustomResult): void {
    setActive(this);
    applySpill(this.spillTarget(a), a, result);
  }

  private spillTarget(a: Anchor): SpillTarget {
    return { hf: this.hf, sheetId: this.id(a.sheet), autoDates: this.autoDates, key: (r, c) => key(a.sheet.name, r, c) };
  }
}
