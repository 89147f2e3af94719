// Custom formulas (BOUSSOLE_*) the way Sheets runs them: parse the call, read arguments (ranges → 2D arrays,
// single cells and literals → scalars), normalise the result into a spill matrix.
import { parseA1, resolveA1, splitSheet } from './a1.js';
import type { Rect } from './a1.js';
import { canonicalFormula } from './formulas.js';
import { isDateObject } from './values.js';

const CUSTOM_CALL = /^=\s*([A-Za-z][A-Za-z0-9_]*)\s*\(([\s\S]*)\)\s*$/;

/** A parsed top-level custom-function call, or null if the formula is something else. */
export function parseCustomCall(formula: string, isCustom: (name: string) => boolean): { name: string; args: string[] } | null {
  const m = CUSTOM_CALL.exec(canonicalFormula(formula));
  if (!m?.[1] || m[2] === undefined) return null;
  const name = m[1].toUpperCase();
  if (!isCustom(name)) return null;
  const args = splitArgs(m[2]);
  return args ? { name, args } : null;
}

/** Splits top-level arguments; null when parentheses do not balance (the call is not the whole formula). */
function splitArgs(s: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inStr = false;
  let cur = '';
  for (const ch of s) {
    if (ch === '"') inStr = !inStr;
    if (!inStr) {
      if (ch === '(' || ch === '{') depth++;
      if (ch === ')' || ch === '}') depth--;
      if (depth < 0) return null;
      if (ch === ',' && depth === 0) {
        out.push(cur.trim());
        cur = '';
        continue;
      }
    }
    cur += ch;
  }
  if (depth !== 0 || inStr) return null;
  if (cur.trim() !== '' || out.length > 0) out.push(cur.trim());
  return out;
}

/** A reference argument resolved to its sheet (found by `sheetNamed`) and rectangle, or null when the argument
 *  is an expression or names no sheet. */
export function refArg<S extends { maxRows: number; maxCols: number }>(arg: string, host: string, sheetNamed: (name: string) => S | undefined): { sheet: S; rect: Rect } | null {
  if (!/^(('(?:[^']|'')+'|[\wÀ-ÿ.]+)!)?\$?[A-Za-z]{0,3}\$?\d*(:\$?[A-Za-z]{0,3}\$?\d*)?$/.test(arg)) return null;
  const p = parseA1(arg);
  if (!p) return null;
  const sheet = sheetNamed(splitSheet(arg).sheet ?? host);
  if (!sheet) return null;
  return { sheet, rect: resolveA1(p, sheet.maxRows, sheet.maxCols) };
}

/** A normalised custom-function result: a non-empty matrix of cell values (Dates allowed) or an error text. */
export type CustomResult = { ok: true; cells: unknown[][] } | { ok: false; error: string };

/** Normalises what a custom function returned, as Sheets does (1D array → one column). */
export function normaliseResult(v: unknown): CustomResult {
  const cell = (x: unknown): unknown => {
    if (x === null || x === undefined) return null; // a blank cell, unlike '' (an empty text that getLastRow counts)
    if (typeof x === 'number') return Number.isFinite(x) ? x : '#NUM!';
    if (typeof x === 'string' || typeof x === 'boolean' || isDateObject(x)) return x;
    return String(x);
  };
  if (!Array.isArray(v)) return { ok: true, cells: [[cell(v)]] };
  if (v.length === 0) return { ok: false, error: '#N/A' };
  const rows = v.map((r: unknown) => (Array.isArray(r) ? r.map(cell) : [cell(r)]));
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 0) return { ok: false, error: '#N/A' };
  return { ok: true, cells: rows.map((r) => (r.length < width ? [...r, ...Array<unknown>(width - r.length).fill(null)] : r)) };
}

/** A stable signature of argument values, to run a custom formula again only when its inputs change. */
export function signature(args: unknown[]): string {
  return JSON.stringify(args, function (this: unknown, k: string, v: unknown) {
    const orig = (this as Record<string, unknown>)[k];
    return isDateObject(orig) ? { d: orig.getTime() } : v;
  });
}
