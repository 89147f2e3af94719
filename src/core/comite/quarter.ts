// Quarters of the comité trimestriel (SPEC §4 v2): the `AAAA-Tn` key, its three months, its French
// label, and the quarter the prompt suggests.

import { addMonths } from '../months';
import type { MonthKey } from '../types';

/** A quarter, `AAAA-Tn` (n = 1 to 4). */
export type QuarterKey = string;

/** Days at the start of a quarter during which the comité still reviews the quarter just ended. */
export const QUARTER_GRACE_DAYS = 15;

const QUARTER_NAMES = ['1er', '2e', '3e', '4e'] as const;

/** `2026-T1`… (capital T): a well-formed quarter. */
export function isQuarterKey(value: string): boolean {
  return /^\d{4}-T[1-4]$/.test(value);
}

/** Year and quarter number (1–4) of a key assumed valid. */
function partsOf(quarter: QuarterKey): { year: number; n: number } {
  const [year, n] = quarter.split('-T').map(Number);
  return { year: year ?? 1970, n: n ?? 1 };
}

/** The quarter `date` falls in. */
export function quarterOf(date: Date): QuarterKey {
  return `${date.getFullYear()}-T${Math.floor(date.getMonth() / 3) + 1}`;
}

/** The three months of a quarter, in order (`2026-T3` → 2026-07, 2026-08, 2026-09). */
export function quarterMonths(quarter: QuarterKey): [MonthKey, MonthKey, MonthKey] {
  const { year, n } = partsOf(quarter);
  const first = `${year}-${String(3 * n - 2).padStart(2, '0')}`;
  return [first, addMonths(first, 1), addMonths(first, 2)];
}

/** `3e trimestre 2026`. */
export function quarterLabelFr(quarter: QuarterKey): string {
  const { year, n } = partsOf(quarter);
  return `${QUARTER_NAMES[n - 1] ?? `${n}e`} trimestre ${year}`;
}

/**
 * The quarter the prompt suggests on `today`: the quarter just ended during the first 15 days of a
 * quarter (1–15 January, April, July, October), else the current one.
 */
export function suggestedQuarter(today: Date): QuarterKey {
  const early = today.getMonth() % 3 === 0 && today.getDate() <= QUARTER_GRACE_DAYS;
  return early ? quarterOf(new Date(today.getFullYear(), today.getMonth() - 1, 1)) : quarterOf(today);
}

/** True when `month` is one of the quarter's months. */
export function inQuarter(month: MonthKey | null, quarter: QuarterKey): boolean {
  return month !== null && quarterMonths(quarter).includes(month);
}
