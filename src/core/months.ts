// Months and dates as a French user types them, French labels, and the report's reference date R.
// Dates are local (the script runs in the spreadsheet's time zone, Europe/Paris).

import type { MonthKey } from './types';
import { INVALID, type Invalid } from './numbers';
import { normalize } from './text';

/** French month names, January first, lower case. */
export const MONTHS_FR = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** True for a valid Date, including one from another realm (Apps Script values, vm contexts). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/** `2026-11` for a date in November 2026. */
export function monthKey(date: Date): MonthKey {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** True for a well-formed `AAAA-MM` with a month 01–12. */
export function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** First day of a month, at local midnight. */
export function firstDay(month: MonthKey): Date {
  const [year, mon] = month.split('-').map(Number);
  return new Date(year ?? 1970, (mon ?? 1) - 1, 1);
}

/** Last day of a month, at local midnight. */
export function lastDay(month: MonthKey): Date {
  const start = firstDay(month);
  return new Date(start.getFullYear(), start.getMonth() + 1, 0);
}

/** The month `count` months after `month` (negative goes back). */
export function addMonths(month: MonthKey, count: number): MonthKey {
  const start = firstDay(month);
  return monthKey(new Date(start.getFullYear(), start.getMonth() + count, 1));
}

/** Local midnight of the same day. */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** `date` plus `days` calendar days (local, DST-safe). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Monday of the week of `date`, at local midnight. */
export function mondayOf(date: Date): Date {
  const offset = (date.getDay() + 6) % 7;
  return addDays(date, -offset);
}

/** Whole days from a to b (b − a), by calendar dates. */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((startOfDay(b).getTime() - startOfDay(a).getTime()) / DAY_MS);
}

/** `novembre 2026`. */
export function monthLabelFr(month: MonthKey): string {
  const date = firstDay(month);
  return `${MONTHS_FR[date.getMonth()]} ${date.getFullYear()}`;
}

/** `de novembre 2026`, `d’octobre 2026` (elision before a vowel). */
export function ofMonthLabelFr(month: MonthKey): string {
  const label = monthLabelFr(month);
  return /^[aeiouyàâéèêîôû]/i.test(label) ? `d’${label}` : `de ${label}`;
}

/** `23/11/2026`. */
export function formatDateFr(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getFullYear()}`;
}

/** `2026-11-23` (JSON-safe payloads). */
export function isoDate(date: Date): string {
  return `${monthKey(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

function validDate(year: number, month: number, day: number): Date | Invalid {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : INVALID;
}

/** Serial number of 31/12/9999, the last date a spreadsheet can show. */
const MAX_DATE_SERIAL = 2958465;

/**
 * Parses a date cell: a Date, `2026-11-23`, `23/11/2026`, `23/11/26`, or a spreadsheet serial
 * number. Empty → null; anything else → INVALIDE.
 */
export function parseDate(value: unknown): Date | null | Invalid {
  if (value === null || value === undefined) return null;
  if (isDate(value)) return startOfDay(value);
  if (typeof value === 'number') {
    // A date serial (days since 30/12/1899) up to 31/12/9999, the last day a sheet can show.
    if (!Number.isFinite(value) || value < 1 || value > MAX_DATE_SERIAL) return INVALID;
    return startOfDay(new Date(1899, 11, 30 + Math.floor(value)));
  }
  if (typeof value !== 'string') return INVALID;
  const text = value.trim();
  if (text === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const year = Number(m[3]);
    return validDate(year < 100 ? 2000 + year : year, Number(m[2]), Number(m[1]));
  }
  return INVALID;
}

/**
 * Parses a month cell: a Date (any day of the month), `2026-11`, `11/2026`, `novembre 2026`
 * (accents and case free), or a full date. Empty → null; anything else → INVALIDE.
 */
export function parseMonth(value: unknown): MonthKey | null | Invalid {
  if (value === null || value === undefined) return null;
  if (isDate(value)) return monthKey(value);
  if (typeof value === 'number') {
    const date = parseDate(value);
    return date === null || date === INVALID ? date : monthKey(date);
  }
  if (typeof value !== 'string') return INVALID;
  const text = normalize(value);
  if (text === '') return null;
  let m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) return monthFrom(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return monthFrom(Number(m[2]), Number(m[1]));
  m = /^([a-z]+)\.? (\d{4})$/.exec(text);
  if (m) {
    const index = monthIndexFr(m[1] ?? '');
    return index < 0 ? INVALID : monthFrom(Number(m[2]), index + 1);
  }
  const date = parseDate(value);
  return date === null || date === INVALID ? INVALID : monthKey(date);
}

/**
 * Index (0–11) of a French month name typed in full or abbreviated to at least three letters
 * (`nov`, `déc`, `janv`, `sept`), accents and case free; -1 when unknown or ambiguous (`jui`).
 */
export function monthIndexFr(typed: string): number {
  const key = normalize(typed);
  const exact = MONTHS_FR.findIndex((name) => normalize(name) === key);
  if (exact >= 0 || key.length < 3) return exact;
  const candidates = MONTHS_FR.map((name, index) => ({ name: normalize(name), index })).filter((c) => c.name.startsWith(key));
  return candidates.length === 1 ? candidates[0]?.index ?? -1 : -1;
}

function monthFrom(year: number, month: number): MonthKey | Invalid {
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : INVALID;
}

/** True when `date` falls in `month`. A weekly row counts in the month of its `Semaine` date. */
export function inMonth(date: Date, month: MonthKey): boolean {
  return monthKey(date) === month;
}

/**
 * Reference date R of a report (SPEC §6): the earlier of today and the first day of the
 * following month — a past month is judged at its end, the current month today.
 */
export function referenceDate(month: MonthKey, today: Date): Date {
  const nextMonthStart = firstDay(addMonths(month, 1));
  const day = startOfDay(today);
  return day.getTime() < nextMonthStart.getTime() ? day : nextMonthStart;
}

/** Month suggested by the report prompt: the previous month during days 1–7, else the current one. */
export function suggestedReportMonth(today: Date): MonthKey {
  const current = monthKey(today);
  return today.getDate() <= 7 ? addMonths(current, -1) : current;
}
