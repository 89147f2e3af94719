// The spreadsheet's time zone for this execution, and the conversions every read and write of
// dates goes through: cells hold instants at midnight in the spreadsheet's zone, the core works
// with local midnights of the script's zone (src/core/calendar.ts).

import { dayFromSheet, dayToSheet, isKnownZone } from '../core/calendar';
import { isDate } from '../core/months';

let zone: string | undefined;

/**
 * `getSpreadsheetTimeZone()` of the active spreadsheet, read once per execution (Apps Script
 * evaluates the script anew for every execution, so the module's cache never outlives one).
 */
export function sheetZone(): string {
  if (zone === undefined) zone = readSheetZone();
  return zone;
}

/** The active spreadsheet's zone; the script's own when there is none to ask (never throws). */
function readSheetZone(): string {
  const scriptZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    const read = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
    return isKnownZone(read) ? read : scriptZone;
  } catch {
    return scriptZone;
  }
}

/** Now as the spreadsheet's users see it on their clock (date and time), in the core's convention. */
export function todayInSheet(now: Date = new Date()): Date {
  return dayFromSheet(now, sheetZone());
}

/** A grid as read from a sheet, each date cell turned into the calendar day it shows. */
export function gridFromSheet(grid: unknown[][]): unknown[][] {
  let tz: string | undefined;
  return grid.map((row) => row.map((cell) => {
    if (!isDate(cell)) return cell;
    tz ??= sheetZone();
    return dayFromSheet(cell, tz);
  }));
}

/** Rows about to be written, each date (a local midnight) turned into the instant the cell needs. */
export function rowsToSheet(rows: readonly unknown[][]): unknown[][] {
  let tz: string | undefined;
  return rows.map((row) => row.map((cell) => {
    if (!isDate(cell)) return cell;
    tz ??= sheetZone();
    return dayToSheet(cell, tz);
  }));
}
