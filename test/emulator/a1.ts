// A1 notation: column letters, parsing (closed, open, whole-column/row, sheet-qualified) and formatting.

/** A 1-based rectangle on a sheet. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A sheet dimension, for operations that work the same on rows and on columns. */
export type Axis = 'rows' | 'cols';

/** A parsed A1 reference; null bounds are open (to the sheet's edge). */
export interface ParsedA1 {
  sheet: string | undefined;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

export function colToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits `'Sheet name'!A1:B2` or `Sheet!A1` into sheet and reference. */
export function splitSheet(a1: string): { sheet: string | undefined; ref: string } {
  const s = a1.trim();
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, ref: s };
  let sheet = s.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: s.slice(bang + 1).trim() };
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(p: string): { row: number | null; col: number | null } | null {
  const m = PART.exec(p);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const row = m[2] !== undefined ? Number(m[2]) : null;
  if (row === 0) return null;
  return { col: m[1] !== undefined ? lettersToCol(m[1]) : null, row };
}

/** Parses an A1 reference; returns null when it is not valid A1. */
export function parseA1(a1: string): ParsedA1 | null {
  const { sheet, ref } = splitSheet(a1);
  const parts = ref.split(':');
  if (parts.length > 2 || ref === '') return null;
  const a = parsePart(parts[0] ?? '');
  if (!a) return null;
  if (parts.length === 1) {
    if (a.row === null || a.col === null) return null;
    return { sheet, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parsePart(parts[1] ?? '');
  if (!b) return null;
  // Whole rows (2:5) need rows on both sides; whole columns (A:C) need columns on both sides.
  if (a.col === null && (b.col !== null || a.row === null || b.row === null)) return null;
  if (a.row === null && (b.row !== null || a.col === null || b.col === null)) return null;
  if (a.col !== null && b.col === null) return null;
  const r1 = a.row, r2 = b.row, c1 = a.col, c2 = b.col;
  return {
    sheet,
    startRow: r1 !== null && r2 !== null ? Math.min(r1, r2) : r1,
    endRow: r1 !== null && r2 !== null ? Math.max(r1, r2) : r2,
    startCol: c1 !== null && c2 !== null ? Math.min(c1, c2) : c1,
    endCol: c1 !== null && c2 !== null ? Math.max(c1, c2) : c2,
  };
}

/** Resolves open bounds against a sheet's size. */
export function resolveA1(p: ParsedA1, maxRows: number, maxCols: number): Rect {
  const row = p.startRow ?? 1;
  const col = p.startCol ?? 1;
  const endRow = p.endRow ?? maxRows;
  const endCol = p.endCol ?? maxCols;
  return { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 };
}

export function cellA1(row: number, col: number): string {
  return `${colToLetters(col)}${row}`;
}

/** A1 of a rectangle, as Range.getA1Notation returns it. */
export function rectToA1(r: Rect): string {
  const start = cellA1(r.row, r.col);
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;
}

/** Absolute A1 of a rectangle ($A$1:$B$2), for named ranges and validation sources. */
export function absoluteA1(r: Rect): string {
  return rectToA1(r).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** True when two rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.row + inner.numRows <= outer.row + outer.numRows
    && inner.col >= outer.col && inner.col + inner.numCols <= outer.col + outer.numCols;
}

/** Quotes a sheet name for use in a formula or a qualified A1 reference. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Shifts row (or column) numbers >= `at` by `delta` in every reference to `target` inside a formula. */
export function shiftFormula(formula: string, hostSheet: string, target: string, axis: Axis, at: number, delta: number): string {
  const move = (n: number): number => (n >= at ? n + delta : n);
  return mapRefs(formula, hostSheet, target, (col, row) => (axis === 'rows' ? [col, move(row)] : [move(col), row]));
}

const REF = /((?:'(?:[^']|'')+'|[A-Za-zÀ-ÿ_][\wÀ-ÿ.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

function mapRefs(formula: string, host: string, target: string, fn: (col: number, row: number) => [number, number]): string {
  return outsideStrings(formula, (chunk) =>
    chunk.replace(REF, (all, prefix: string | undefined, d1: string, letters: string, d2: string, digits: string) => {
      const sheet = prefix ? splitSheet(prefix + 'A1').sheet : host;
      if (sheet?.toLowerCase() !== target.toLowerCase()) return all;
      const [c, r] = fn(lettersToCol(letters), Number(digits));
      return `${prefix ?? ''}${d1}${colToLetters(c)}${d2}${Math.max(1, r)}`;
    }),
  );
}

/** Applies `fn` to the parts of a formula that are outside double-quoted strings. */
export function outsideStrings(formula: string, fn: (chunk: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((p, i) => (i % 2 === 1 ? p : fn(p))).join('');
}
