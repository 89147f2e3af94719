// The calculation engine of the workbook: mirrors raw cells into HyperFormula, evaluates top-level custom
// formulas itself (with spilling, #REF! on blocked spills, #ERROR! on throws) and renders values for scripts.
import type { Rect } from './a1.js';
import { absoluteA1, intersects, quoteSheet } from './a1.js';
import { parseCustomCall, refArg, normaliseResult, signature } from './custom.js';
import type { CustomResult } from './custom.js';
import { applySpill, clearSpill } from './spill.js';
import type { Anchor, SpillTarget } from './spill.js';
import { HyperFormula, DetailedCellError, ENGINE_CONFIG, engineContent, errorText, hasOpenRange, setActive, toEngineFormula, registerCustomFunction, hasCall } from './formulas.js';
import type { CellValue, ImportResult, ImportSite, RawCellContent } from './formulas.js';
import type { Grid, Raw } from './values.js';
import { isDateFormat, serialToMs, serialToWall } from './values.js';
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

/** How a workbook reaches the other workbooks of the emulator (set by the book registry). */
export interface ImportHost {
  /** IMPORTRANGE(url, range) as Sheets answers it for this workbook. */
  resolve(url: string, range: string): ImportResult;
  /** Moves whenever another workbook changes or an import permission is granted: imports are then re-evaluated. */
  externalVersion(): number;
  /** This workbook changed (its consumers' imports are stale). */
  changed(): void;
  /** Every IMPORTRANGE cell of this workbook is about to be evaluated again. */
  refreshing(): void;
}

type Shape = { rows: number; cols: number };
type CellRef = { sheet: EngineSheet; row: number; col: number };
const IMPORT_CALL = /\bIMPORTRANGE\s*\(/i;

/** A date serial as the JS Date HyperFormula reads as that date (it takes local fields); null when HyperFormula
 *  could not keep it exactly (before 1900, or finer than a second). */
function typedDate(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || !Number.isInteger(Math.round(serial * 86400 * 1000) / 1000)) return null;
  const w = new Date(serialToWall(serial));
  return new Date(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds());
}

export class Engine {
  hf: HyperFormula = HyperFormula.buildEmpty(ENGINE_CONFIG);
  /** Runs a custom function of the bundle (counting, auth mode and realm copies are the caller's job). */
  invoker: ((name: string, args: unknown[]) => unknown) | null = null;
  readonly customNames = new Set<string>();
  private anchors = new Map<string, Anchor>();
  private autoDates = new Set<string>();
  private openRangeCells = new Map<string, { sheet: EngineSheet; row: number; col: number }>();
  /** How IMPORTRANGE reaches other workbooks (none: it answers "Spreadsheet not found"). */
  importHost: ImportHost | null = null;
  /** Cells whose formula calls IMPORTRANGE, re-evaluated when other workbooks change. */
  private importCells = new Map<string, CellRef>();
  /** The size each IMPORTRANGE call needs (known once evaluated) and the size reserved when its cell was parsed. */
  private importWanted = new Map<string, Shape>();
  private importReserved = new Map<string, Shape>();
  /** The area reserved by each IMPORTRANGE cell (what its spill may fill, for getLastRow). */
  private importAreas = new Map<string, CellRef & Shape>();
  /** Cells to parse again because an IMPORTRANGE result needs another size than the one reserved. */
  private reparse = new Map<string, CellRef>();
  private importVersion = -1;
  /** Spilled cells holding an imported date (a date in the source), by IMPORTRANGE cell. */
  private importDates = new Map<string, string[]>();
  private importDateCells = new Set<string>();
  /** Value cells handed to HyperFormula as dates (a number under a date format), so that date − date is a number. */
  private typedDates = new Set<string>();
  private dirty = false;
  private computing = false;

  constructor(
    private readonly sheets: () => EngineSheet[],
    private readonly named: () => Array<{ name: string; sheet: string; rect: Rect }>,
    readonly now: () => Date,
    /** The spreadsheet's zone: serials are wall clocks there (TODAY(), Dates read and written). */
    readonly timeZone: () => string,
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
    this.importHost?.changed();
  }

  /**
   * A new day (the clock moved): volatile functions (TODAY, NOW) and what depends on them compute
   * again, as Sheets does on its periodic recalculation. Rewriting one cell with its own content
   * makes HyperFormula recalculate its volatile cells; custom functions still run again only when
   * their arguments changed.
   */
  clockMoved(): void {
    setActive(this);
    const sheet = this.hf.getSheetNames()[0];
    if (sheet === undefined) return;
    const at = { sheet: this.hf.getSheetId(sheet) ?? 0, row: 0, col: 0 };
    this.hf.setCellContents(at, [[this.hf.getCellSerialized(at) as never]]);
    this.dirty = true; // custom functions' arguments are evaluated again: TODAY() as an argument changes their signature
  }

  /** Rebuilds the whole engine from the sheet models (after structural changes). */
  rebuild(): void {
    setActive(this);
    this.hf.destroy();
    this.hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
    this.anchors.clear();
    this.autoDates.clear();
    this.openRangeCells.clear();
    this.importCells.clear();
    this.importWanted.clear();
    this.importReserved.clear();
    this.importAreas.clear();
    this.reparse.clear();
    this.importVersion = -1;
    this.importDates.clear();
    this.importDateCells.clear();
    this.typedDates.clear();
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
    this.importHost?.changed();
  }

  /** Engine content for one raw cell; registers custom anchors, open-range and IMPORTRANGE formulas. */
  private prepare(sheet: EngineSheet, row: number, col: number, raw: Raw | null | undefined): RawCellContent {
    const k = key(sheet.name, row, col);
    this.openRangeCells.delete(k);
    this.importCells.delete(k);
    this.importAreas.delete(k);
    this.clearImportDates(k);
    this.typedDates.delete(k);
    if (raw?.kind === 'value' && typeof raw.value === 'number' && isDateFormat(sheet.numberFormat(row, col))) {
      const d = typedDate(raw.value);
      if (d) {
        this.typedDates.add(k);
        return d;
      }
    }
    if (raw?.kind === 'formula') {
      if (hasCall(raw.formula, IMPORT_CALL)) this.importCells.set(k, { sheet, row, col });
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
    // A write inside an IMPORTRANGE spill area may block or free it: parse that cell again.
    for (const [k, a] of this.importAreas) {
      if (a.sheet !== sheet || (a.row >= row && a.row < row + rect.numRows && a.col >= col && a.col < col + rect.numCols)) continue;
      if (intersects({ row: a.row, col: a.col, numRows: a.rows, numCols: a.cols }, rect)) this.reparse.set(k, a);
    }
    this.dirty = true;
    this.importHost?.changed();
  }

  /** Number formats changed in `rect` (the whole sheet when omitted): numbers that became or stopped being dates
   *  are handed to HyperFormula again with their new type. */
  retype(sheet: EngineSheet, rect?: Rect): void {
    const cells: Array<[number, number, Raw]> = [];
    const check = (r: number, c: number, raw: Raw | undefined): void => {
      if (raw?.kind !== 'value' || typeof raw.value !== 'number') return;
      const wanted = isDateFormat(sheet.numberFormat(r, c)) && typedDate(raw.value) !== null;
      if (wanted !== this.typedDates.has(key(sheet.name, r, c))) cells.push([r, c, raw]);
    };
    if (!rect || rect.numRows * rect.numCols > sheet.content.map.size) {
      for (const [r, c, raw] of sheet.content.entries()) {
        if (!rect || (r >= rect.row && r < rect.row + rect.numRows && c >= rect.col && c < rect.col + rect.numCols)) check(r, c, raw);
      }
    } else {
      for (let r = rect.row; r < rect.row + rect.numRows; r++) for (let c = rect.col; c < rect.col + rect.numCols; c++) check(r, c, sheet.content.get(r, c));
    }
    for (const [r, c, raw] of cells) this.write(sheet, r, c, [[raw]]);
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
    this.importHost?.changed();
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
    if (isDateFormat(fmt) || (fmt === undefined && this.isAutoDate(sheet, row, col))) return new Date(serialToMs(v, this.timeZone()));
    return v;
  }

  private isAutoDate(sheet: EngineSheet, row: number, col: number): boolean {
    const k = key(sheet.name, row, col);
    if (this.autoDates.has(k) || this.importDateCells.has(k)) return true;
    if (sheet.content.get(row, col)?.kind !== 'formula') return false;
    const t = this.hf.getCellValueDetailedType({ sheet: this.id(sheet), row: row - 1, col: col - 1 });
    return t === 'NUMBER_DATE' || t === 'NUMBER_DATETIME';
  }

  /** Anchor cells and the non-blank part of custom formulas' spills on a sheet (for getLastRow/getDataRange):
   *  like Sheets, a spilled '' counts as data, a spilled null/undefined (blank cell) does not. */
  spills(sheet: EngineSheet): Rect[] {
    this.ensure();
    const custom = [...this.anchors.values()].flatMap((a) => (a.sheet === sheet && a.filled ? [a.filled] : []));
    return [...custom, ...this.importSpills(sheet)];
  }

  /** The non-blank part of IMPORTRANGE spills (an imported empty cell stays blank, as in Sheets). */
  private importSpills(sheet: EngineSheet): Rect[] {
    const out: Rect[] = [];
    for (const a of this.importAreas.values()) {
      if (a.sheet !== sheet || (a.rows === 1 && a.cols === 1)) continue;
      const vals = this.rawValues(sheet, { row: a.row, col: a.col, numRows: a.rows, numCols: a.cols });
      let lastR = 0, lastC = 0;
      vals.forEach((r, i) => r.forEach((v, j) => {
        if (v !== null && v !== '') { lastR = Math.max(lastR, i); lastC = Math.max(lastC, j); }
      }));
      out.push({ row: a.row, col: a.col, numRows: lastR + 1, numCols: lastC + 1 });
    }
    return out;
  }

  /** Brings IMPORTRANGE results and custom formulas up to date, until nothing changes. */
  ensure(): void {
    if (this.computing) return;
    this.computing = true;
    try {
      this.refreshImports();
      for (let pass = 0; pass < 20 && (this.dirty || this.reparse.size > 0); pass++) {
        this.dirty = false;
        this.reparseImports();
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

  /** Another workbook changed since the last look: evaluate the IMPORTRANGE cells again (Sheets refreshes them on
   *  its own; here it happens at the next read). */
  private refreshImports(): void {
    if (!this.importHost || this.importCells.size === 0) return;
    if (this.importHost.externalVersion() === this.importVersion) return;
    this.importHost.refreshing();
    for (const c of [...this.importCells.values()]) this.write(c.sheet, c.row, c.col, [[c.sheet.content.get(c.row, c.col) ?? null]]);
    this.importVersion = this.importHost.externalVersion();
  }

  private reparseImports(): void {
    const cells = [...this.reparse.values()];
    this.reparse.clear();
    for (const c of cells) this.write(c.sheet, c.row, c.col, [[c.sheet.content.get(c.row, c.col) ?? null]]);
  }

  private siteKey(site: ImportSite): string {
    return `${site.sheet}|${site.row}|${site.col}|${JSON.stringify(site.args)}`;
  }

  private siteCell(site: ImportSite): CellRef | undefined {
    const name = this.hf.getSheetName(site.sheet);
    const sheet = name === undefined ? undefined : this.sheetByName(name);
    return sheet ? { sheet, row: site.row + 1, col: site.col + 1 } : undefined;
  }

  /** Parse time: the size to reserve for an IMPORTRANGE call: the size it needed when last evaluated, else one cell
   *  (HyperFormula does not evaluate a formula whose reserved area is blocked, so reserving more than needed could
   *  hide the result; the cell is parsed again once the size is known). */
  importSize(site: ImportSite): Shape {
    const k = this.siteKey(site);
    const shape = this.importWanted.get(k) ?? { rows: 1, cols: 1 };
    this.importReserved.set(k, shape);
    const cell = this.siteCell(site);
    if (cell) {
      const ck = key(cell.sheet.name, cell.row, cell.col);
      const prev = this.importAreas.get(ck);
      this.importAreas.set(ck, { ...cell, rows: Math.max(shape.rows, prev?.rows ?? 0), cols: Math.max(shape.cols, prev?.cols ?? 0) });
    }
    return shape;
  }

  /** Evaluation: the imported values, and a re-parse of the cell when they need another size than reserved. */
  importRange(site: ImportSite, url: string, range: string): { result: ImportResult; size: Shape } {
    const k = this.siteKey(site);
    const size = this.importReserved.get(k) ?? { rows: 1, cols: 1 };
    let result: ImportResult;
    try {
      result = this.importHost ? this.importHost.resolve(url, range) : { ok: false, error: new CellError(ErrorType.REF, 'Spreadsheet not found') };
    } finally {
      setActive(this);
    }
    const wanted = result.ok ? { rows: Math.max(1, result.values.length), cols: Math.max(1, result.values[0]?.length ?? 1) } : { rows: 1, cols: 1 };
    const cell = this.siteCell(site);
    if (wanted.rows !== size.rows || wanted.cols !== size.cols) {
      this.importWanted.set(k, wanted);
      if (cell) this.reparse.set(key(cell.sheet.name, cell.row, cell.col), cell);
    } else if (cell && result.ok) {
      this.markImportDates(cell, result.dates);
    }
    return { result, size };
  }

  /** Imported dates stay dates (Sheets imports typed values): the spilled cells that hold one read back as Dates. */
  private markImportDates(cell: CellRef, dates: boolean[][]): void {
    const ck = key(cell.sheet.name, cell.row, cell.col);
    this.clearImportDates(ck);
    const keys = dates.flatMap((r, i) => r.flatMap((d, j) => (d ? [key(cell.sheet.name, cell.row + i, cell.col + j)] : [])));
    if (keys.length === 0) return;
    this.importDates.set(ck, keys);
    for (const x of keys) this.importDateCells.add(x);
  }

  private clearImportDates(cellKey: string): void {
    for (const x of this.importDates.get(cellKey) ?? []) this.importDateCells.delete(x);
    this.importDates.delete(cellKey);
  }

  private runAnchor(a: Anchor, args: unknown[]): CustomResult {
    if (!this.invoker) return { ok: false, error: '#NAME?' };
    // Sheets refuses volatile inputs to a custom function: « This function is not allowed to reference
    // a cell with NOW(), RAND(), RANDARRAY(), or RANDBETWEEN() » (TODAY() is allowed). Direct uses only.
    if (a.args.some((arg) => /\b(NOW|RAND|RANDARRAY|RANDBETWEEN)\s*\(/i.test(arg))) return { ok: false, error: '#ERROR!' };
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
    const conv = (x: CellValue): unknown => x instanceof DetailedCellError ? errorText(x) : x === null ? '' : dateish && typeof x === 'number' ? new Date(serialToMs(x, this.timeZone())) : x;
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
    return { hf: this.hf, sheetId: this.id(a.sheet), autoDates: this.autoDates, key: (r, c) => key(a.sheet.name, r, c), timeZone: this.timeZone() };
  }
}
