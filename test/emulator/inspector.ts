// Test-side view of the workbook (BookInspector): reads and user-like writes that are not counted as service calls.
import type { Rect } from './a1.js';
import { cellA1, parseA1, quoteSheet, rectToA1, resolveA1 } from './a1.js';
import { isRangeRef, type Book, type SheetModel } from './book.js';
import { displayValue } from './display.js';
import { DetailedCellError } from './formulas.js';

export interface BookInspector {
  sheetNames(): string[];
  hasSheet(name: string): boolean;
  values(sheet: string, a1?: string): unknown[][];
  /** What the cells show (getDisplayValues), in the spreadsheet's zone and locale. */
  displayValues(sheet: string, a1?: string): string[][];
  formulas(sheet: string, a1?: string): string[][];
  /** The message Sheets shows on hovering an error cell ('' elsewhere), e.g. IMPORTRANGE's "You need to connect…". */
  errorMessages(sheet: string, a1?: string): string[][];
  /** Cells typed by the user in the Sheets UI (parsed like input; the plain-text format @ keeps text as typed). */
  setValues(sheet: string, a1: string, rows: unknown[][]): void;
  addSheet(name: string): void;
  numberFormats(sheet: string, a1: string): string[][];
  notes(sheet: string, a1: string): string[][];
  validations(sheet: string, a1: string): Array<Array<{ type: string; values: unknown[]; allowInvalid: boolean } | null>>;
  conditionalRules(sheet: string): Array<{ ranges: string[]; formula?: string; textEqualTo?: string; background?: string; fontColor?: string }>;
  frozenRows(sheet: string): number;
  protections(sheet: string): Array<{ range: string; description: string; warningOnly: boolean }>;
  charts(sheet: string): Array<{ type: string; ranges: string[]; title: string; position: { row: number; column: number } }>;
  namedRanges(): Record<string, string>;
  backgrounds(sheet: string, a1: string): string[][];
  fontWeights(sheet: string, a1: string): string[][];
  merges(sheet: string): string[];
  activeSheet(): string;
  snapshot(sheet?: string): unknown;
}

export function createInspector(book: Book): BookInspector {
  const sheet = (name: string): SheetModel => {
    const s = book.byName(name);
    if (!s) throw new Error(`No sheet named "${name}" (sheets: ${book.sheets.map((x) => x.name).join(', ')})`);
    return s;
  };
  const rect = (s: SheetModel, a1?: string): Rect => {
    if (a1 === undefined) return s.dataRect();
    const p = parseA1(a1);
    if (!p) throw new Error(`Invalid A1: ${a1}`);
    return resolveA1(p, s.maxRows, s.maxCols);
  };
  /** `fn` over every cell of `a1` on sheet `name`. */
  const cells = <T>(name: string, a1: string, fn: (s: SheetModel, row: number, col: number) => T): T[][] => {
    const s = sheet(name), r = rect(s, a1);
    return Array.from({ length: r.numRows }, (_, i) => Array.from({ length: r.numCols }, (_, j) => fn(s, r.row + i, r.col + j)));
  };
  const ref = (sheetId: number, r: Rect): string => {
    const s = book.byId(sheetId);
    return `${quoteSheet(s?.name ?? '?')}!${rectToA1(r)}`;
  };
  const validationOut = (s: SheetModel, row: number, col: number) => {
    const v = s.validations.get(row, col);
    if (!v) return null;
    const values = v.values.map((x) => (isRangeRef(x) ? ref(x.sheetId, x.rect) : x));
    return { type: v.type, values, allowInvalid: v.allowInvalid };
  };

  const api: BookInspector = {
    sheetNames: () => book.sheets.map((s) => s.name),
    hasSheet: (name) => book.byName(name) !== undefined,
    values: (name, a1) => {
      const s = sheet(name);
      return book.engine.values(s, rect(s, a1));
    },
    displayValues: (name, a1) => {
      const s = sheet(name), r = rect(s, a1);
      return book.engine.values(s, r).map((row, i) => row.map((v, j) => displayValue(v, s.numberFormat(r.row + i, r.col + j), book.timeZone)));
    },
    errorMessages: (name, a1) => {
      const s = sheet(name);
      return book.engine.rawValues(s, rect(s, a1)).map((row) => row.map((v) => (v instanceof DetailedCellError ? v.message : '')));
    },
    formulas: (name, a1) => {
      const s = sheet(name);
      return book.formulas(s, rect(s, a1));
    },
    setValues: (name, a1, rows) => {
      const s = book.byName(name) ?? book.insertSheet(name);
      const p = parseA1(a1);
      if (!p) throw new Error(`Invalid A1: ${a1}`);
      const r = { row: p.startRow ?? 1, col: p.startCol ?? 1, numRows: rows.length, numCols: rows[0]?.length ?? 0 };
      if (r.numRows === 0 || r.numCols === 0) return;
      const needRows = r.row + r.numRows - 1 - s.maxRows, needCols = r.col + r.numCols - 1 - s.maxCols;
      if (needRows > 0 || needCols > 0) book.grow(s, Math.max(0, needRows), Math.max(0, needCols));
      book.writeValues(s, r, rows, true);
    },
    addSheet: (name) => void book.insertSheet(name),
    numberFormats: (name, a1) => cells(name, a1, (s, r, c) => s.formatOf(r, c, 'numberFormat')),
    notes: (name, a1) => cells(name, a1, (s, r, c) => s.notes.get(r, c) ?? ''),
    validations: (name, a1) => cells(name, a1, validationOut),
    conditionalRules: (name) => sheet(name).rules.map((rule) => {
      const out: { ranges: string[]; formula?: string; textEqualTo?: string; background?: string; fontColor?: string } = {
        ranges: rule.ranges.map((x) => rectToA1(x.rect)),
      };
      if (rule.condition?.type === 'CUSTOM_FORMULA') out.formula = String(rule.condition.values[0]);
      if (rule.condition?.type === 'TEXT_EQ') out.textEqualTo = String(rule.condition.values[0]);
      if (rule.background !== undefined) out.background = rule.background;
      if (rule.fontColor !== undefined) out.fontColor = rule.fontColor;
      return out;
    }),
    frozenRows: (name) => sheet(name).frozenRows,
    protections: (name) => {
      const s = sheet(name);
      return s.protections.map((p) => ({ range: p.rect ? rectToA1(p.rect) : s.name, description: p.description, warningOnly: p.warningOnly }));
    },
    charts: (name) => sheet(name).charts.map((c) => ({
      type: c.type,
      ranges: c.ranges.map((r) => ref(r.sheetId, r.rect)),
      title: String(c.options.get('title') ?? ''),
      position: { row: c.position.row, column: c.position.column },
    })),
    namedRanges: () => Object.fromEntries([...book.named].map(([n, v]) => [n, `'${book.byId(v.sheetId)?.name ?? '?'}'!${rectToA1(v.rect)}`])),
    backgrounds: (name, a1) => cells(name, a1, (s, r, c) => s.formatOf(r, c, 'background')),
    fontWeights: (name, a1) => cells(name, a1, (s, r, c) => s.formatOf(r, c, 'fontWeight')),
    merges: (name) => sheet(name).merges.map(rectToA1),
    activeSheet: () => book.active.name,
    snapshot: (name) => {
      const list = name === undefined ? book.sheets : [sheet(name)];
      const snaps = list.map((s) => snapshotSheet(book, s, api));
      return name === undefined ? { sheets: snaps, named: api.namedRanges() } : snaps[0];
    },
  };
  return api;
}

function snapshotSheet(book: Book, s: SheetModel, api: BookInspector): unknown {
  const cells: Record<string, unknown> = {};
  const { lastRow, lastCol } = s.extent();
  const vals = lastRow > 0 ? book.engine.values(s, { row: 1, col: 1, numRows: lastRow, numCols: lastCol }) : [];
  vals.forEach((r, i) => r.forEach((v, j) => {
    if (v !== '') cells[cellA1(i + 1, j + 1)] = v instanceof Date ? { date: v.toISOString() } : v;
  }));
  const sorted = <T>(g: { entries(): Generator<[number, number, T]> }): Record<string, T> =>
    Object.fromEntries([...g.entries()].sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([r, c, v]) => [cellA1(r, c), v]));
  return {
    name: s.name, maxRows: s.maxRows, maxCols: s.maxCols, values: cells,
    raw: sorted(s.content), formats: sorted(s.formats), notes: sorted(s.notes), validations: sorted(s.validations),
    rules: api.conditionalRules(s.name), frozenRows: s.frozenRows, frozenCols: s.frozenCols, protections: api.protections(s.name),
    charts: api.charts(s.name), merges: api.merges(s.name), colWidths: Object.fromEntries([...s.colWidths].sort((a, b) => a[0] - b[0])),
    rowHeights: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0])), tabColor: s.tabColor, hidden: s.hidden,
  };
}
