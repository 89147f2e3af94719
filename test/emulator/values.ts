// Cell storage (sparse grids), user-input parsing as Sheets does it, date serials and number-format helpers.

import type { Axis } from './a1.js';
import { instantOf, wallMs } from './tz.js';

export type Scalar = number | string | boolean;
/** What a cell holds as typed: a value or a formula (text as written, starting with '='). */
export type Raw = { kind: 'value'; value: Scalar } | { kind: 'formula'; formula: string };

const COLS = 20000;

/** Sparse 2D storage keyed by 1-based (row, col). */
export class Grid<T> {
  readonly map = new Map<number, T>();
  get(row: number, col: number): T | undefined {
    return this.map.get((row - 1) * COLS + (col - 1));
  }
  set(row: number, col: number, v: T | undefined): void {
    const k = (row - 1) * COLS + (col - 1);
    if (v === undefined) this.map.delete(k);
    else this.map.set(k, v);
  }
  *entries(): Generator<[number, number, T]> {
    for (const [k, v] of this.map) yield [Math.floor(k / COLS) + 1, (k % COLS) + 1, v];
  }
  clearRect(row: number, col: number, numRows: number, numCols: number): void {
    if (this.map.size === 0) return;
    if (this.map.size < numRows * numCols) {
      for (const [r, c] of [...this.entries()]) {
        if (r >= row && r < row + numRows && c >= col && c < col + numCols) this.set(r, c, undefined);
      }
      return;
    }
    for (let r = row; r < row + numRows; r++) for (let c = col; c < col + numCols; c++) this.set(r, c, undefined);
  }
  /** Moves entries whose row (or column) is >= at by delta (delta < 0 deletes the rows/columns [at+delta, at)). */
  shift(axis: Axis, at: number, delta: number): void {
    const moved = [...this.entries()];
    this.map.clear();
    for (const [r, c, v] of moved) {
      const x = axis === 'rows' ? r : c;
      if (x < at && delta < 0 && x >= at + delta) continue;
      const to = x < at ? x : x + delta;
      if (axis === 'rows') this.set(to, c, v);
      else this.set(r, to, v);
    }
  }
}

export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const DEFAULT_DATE_FORMAT = 'dd/MM/yyyy';
export const DEFAULT_DATETIME_FORMAT = 'dd/MM/yyyy HH:mm:ss';

/** True when a number format renders a date or time. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[ydhsm]/i.test(f.replace(/\\./g, ''));
}

const MS_DAY = 86400000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Serial number of an instant in a spreadsheet whose zone is `timeZone`: the instant's wall clock there. */
export function dateToSerial(d: Date, timeZone: string): number {
  return (wallMs(d.getTime(), timeZone) - EPOCH_UTC) / MS_DAY;
}

/** The instant a serial means in a spreadsheet whose zone is `timeZone` (its wall clock read there). */
export function serialToMs(serial: number, timeZone: string): number {
  return instantOf(serialToWall(serial), timeZone);
}

/** A serial as epoch ms of its wall-clock fields read in UTC (no zone involved: TEXT(), DATE(), MONTH()…). */
export function serialToWall(serial: number): number {
  return EPOCH_UTC + Math.round(serial * MS_DAY);
}

/** The serial of a calendar day (month 1-based), whatever the zone. */
export function daySerial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - EPOCH_UTC) / MS_DAY;
}

export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Result of interpreting something typed or written by setValue(s). */
export interface Parsed {
  raw: Raw | null;
  /** number format to apply when the cell has none of that kind (date typed → date format). */
  autoFormat?: string;
}

const NUM = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const FR_NUM = /^[+-]?\d{1,3}((\s|\u00a0|\u202f)\d{3})*(,\d+)?$|^[+-]?\d+,\d+$/;

/** A number as typed: 12, -3.5, 1 234,5, 12 % (null when the text is no number). */
function parseNumber(t: string): Parsed | null {
  if (NUM.test(t)) return { raw: { kind: 'value', value: Number(t) } };
  if (FR_NUM.test(t)) return { raw: { kind: 'value', value: Number(t.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')) } };
  const pct = /^([+-]?\d+(?:[.,]\d+)?)\s?%$/.exec(t);
  if (pct?.[1]) return { raw: { kind: 'value', value: Number(pct[1].replace(',', '.')) / 100 }, autoFormat: '0%' };
  return null;
}

/** Interprets a value the way Sheets interprets user input (setValue(s) on a cell with `format`) in a spreadsheet
 *  whose zone is `timeZone` (a Date is stored as its wall clock there). `typed`: the user typed it in the Sheets
 *  UI, where the plain-text format @ keeps everything as typed. */
export function parseInput(v: unknown, format: string | undefined, timeZone: string, typed = false): Parsed {
  if (v === null || v === undefined || v === '') return { raw: null };
  if (typeof v === 'number') return Number.isFinite(v) ? { raw: { kind: 'value', value: v } } : { raw: { kind: 'value', value: '#NUM!' } };
  if (typeof v === 'boolean') return { raw: { kind: 'value', value: v } };
  if (isDateObject(v)) {
    const t = v.getTime();
    if (Number.isNaN(t)) return { raw: { kind: 'value', value: '' } };
    const s = dateToSerial(v, timeZone);
    return { raw: { kind: 'value', value: s }, autoFormat: Number.isInteger(s) ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT };
  }
  if (typeof v !== 'string') return { raw: { kind: 'value', value: String(v) } };
  if (typed && format === '@') return { raw: { kind: 'value', value: v } };
  // Strict on purpose: for a script's write the plain-text format '@' is not trusted to protect text starting with
  // = + -, which is read as a formula or a number whatever the format; only the ' escape protects it (kept as a
  // character under '@').
  if (v.startsWith("'")) return { raw: { kind: 'value', value: format === '@' ? v : v.slice(1) } };
  if (v.startsWith('=') && v.length > 1) return { raw: { kind: 'formula', formula: v } };
  const t = v.trim();
  const number = parseNumber(t);
  if (/^[+-]/.test(v)) {
    if (number) return number;
    // A leading + or - starts a formula, as in Excel and Lotus before it: "+33 6 12 34 56" is a formula parse error.
    if (t.length > 1) return { raw: { kind: 'formula', formula: `=${v}` } };
  }
  if (format === '@') return { raw: { kind: 'value', value: v } };
  if (number) return number;
  if (/^(true|vrai)$/i.test(t)) return { raw: { kind: 'value', value: true } };
  if (/^(false|faux)$/i.test(t)) return { raw: { kind: 'value', value: false } };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const ymd = iso ? [iso[1], iso[2], iso[3]] : fr ? [fr[3], fr[2], fr[1]] : null;
  if (ymd) {
    const [y, m, d] = ymd.map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (y >= 1000 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return { raw: { kind: 'value', value: daySerial(y, m, d) }, autoFormat: DEFAULT_DATE_FORMAT };
    }
  }
  return { raw: { kind: 'value', value: v } };
}
