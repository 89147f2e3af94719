// Native-array-function semantics for the custom formulas (SPEC §5): each argument is a scalar
// or a 2D range, combined cell by cell; per-cell `⚠` texts instead of thrown errors; and the
// per-cell argument parsing (French text numbers, 1–5 notes, percentages, optional defaults).

import { clip } from '../quote';
import { formatDateFr, isDate } from '../months';
import { INVALID, parseNumber, parsePercent } from '../numbers';
import { isBlank } from '../text';

/** A cell-level error text: always starts with `⚠`. */
export type WarningText = `⚠ ${string}`;

/** Shown when two ranges of a formula have different sizes. */
export const DIFFERENT_RANGES: WarningText = '⚠ plages de tailles différentes';
/** Shown when a ratio’s denominator is zero. */
export const DIVISION_BY_ZERO: WarningText = '⚠ division par zéro';
/** Shown when a backlog note is outside 1–5. */
export const OUT_OF_SCALE_NOTE: WarningText = '⚠ note attendue entre 1 et 5';

/** True for a `⚠` text. */
export function isAlerte(value: unknown): value is WarningText {
  return typeof value === 'string' && value.startsWith('⚠');
}

/** A value as quoted in a `⚠` text. */
export function cite(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  return clip(isDate(value) ? formatDateFr(value) : String(value).trim());
}

/** A range as Apps Script passes it (2D), a 1D array as one row, or null for a scalar. */
export function asGrid(value: unknown): unknown[][] | null {
  if (!Array.isArray(value)) return null;
  return value.every(Array.isArray) ? (value as unknown[][]) : [value];
}

/** The single value of a scalar or a 1×1 range; undefined for a larger range. */
export function single(value: unknown): unknown {
  const grid = asGrid(value);
  if (grid === null) return value;
  return grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : undefined;
}

const width = (grid: unknown[][]): number => grid.reduce((max, row) => Math.max(max, row.length), 0);

function applyCell(fn: (...scalars: unknown[]) => unknown, cells: unknown[]): unknown {
  if (cells.every(isBlank)) return '';
  try {
    const out = fn(...cells);
    return typeof out === 'number' && !Number.isFinite(out) ? '⚠ calcul impossible' : out ?? '';
  } catch (error) {
    return `⚠ ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Applies `fn` cell by cell. Ranges of the same shape combine cell by cell, a scalar or 1×1
 * range is repeated; other shapes give `⚠ plages de tailles différentes`. All scalars → scalar,
 * else a 2D array of the common shape. An empty result is '' for a scalar and null inside an
 * array (a truly blank cell, so the spill of an open range like `E2:E` does not make getLastRow()
 * count every row of the sheet); `fn` errors become `⚠ …` texts in that cell.
 */
export function broadcast(args: readonly unknown[], fn: (...scalars: unknown[]) => unknown): unknown {
  const grids = args.map(asGrid);
  let shape: [number, number] | null = null;
  for (const grid of grids) {
    if (grid === null || (grid.length === 1 && width(grid) === 1)) continue;
    const own: [number, number] = [grid.length, width(grid)];
    if (shape !== null && (shape[0] !== own[0] || shape[1] !== own[1])) return DIFFERENT_RANGES;
    shape = own;
  }
  if (grids.every((grid) => grid === null)) return applyCell(fn, [...args]);
  const [rows, columns] = shape ?? [1, 1];
  const cell = (at: number, r: number, c: number): unknown => {
    const grid = grids[at];
    if (grid === null || grid === undefined) return args[at];
    return grid.length === 1 && width(grid) === 1 ? grid[0]?.[0] : grid[r]?.[c] ?? '';
  };
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const out = applyCell(fn, args.map((_, at) => cell(at, r, c)));
      return out === '' ? null : out;
    }));
}

/** Parses one scalar argument: a number, null when blank, or a `⚠` text. */
export type ArgReader = (value: unknown) => number | null | WarningText;

/** Any number, French text numbers included. */
export const asNumber: ArgReader = (value) => {
  if (isBlank(value)) return null;
  const parsed = parseNumber(value);
  return parsed === INVALID || parsed === null ? `⚠ « ${cite(value)} » n’est pas un nombre` : parsed;
};

/** A 1–5 note. */
export const asNote: ArgReader = (value) => {
  const parsed = asNumber(value);
  if (parsed === null) return null;
  return typeof parsed === 'number' && parsed >= 1 && parsed <= 5 ? parsed : OUT_OF_SCALE_NOTE;
};

/** A percentage as a fraction: `40 %`, `0,4` or `40`. */
export const percent: ArgReader = (value) => {
  if (isBlank(value)) return null;
  const parsed = parsePercent(value);
  return parsed === INVALID || parsed === null ? `⚠ « ${cite(value)} » n’est pas un pourcentage` : parsed;
};

/** An optional argument: `fallback` when blank. */
export function optional(lecteur: ArgReader, fallback: number): ArgReader {
  return (value) => lecteur(value) ?? fallback;
}

/**
 * Builds the per-cell function of a numeric formula: parses each argument with its reader;
 * the first `⚠` wins, a blank required argument gives '', a null result is a division by zero.
 */
export function numeric(lecteurs: readonly ArgReader[], fn: (...values: number[]) => number | string | null): (...cells: unknown[]) => unknown {
  return (...cells) => {
    const parsed = lecteurs.map((readArg, at) => readArg(cells[at]));
    const alerte = parsed.find(isAlerte);
    if (alerte !== undefined) return alerte;
    if (parsed.some((value) => value === null)) return '';
    const result = fn(...(parsed as number[]));
    return result === null ? DIVISION_BY_ZERO : result;
  };
}
