// boussoleSignaux (SPEC §3 v2): every §6 alert line of a month as plain JSON, read in one batch per
// tab, with no dialog and no write.

import { computeAlerts } from '../core/alerts/all';
import type { AlertLevel } from '../core/alerts/types';
import { readWorkbook } from './read';
import { validateMonth } from './report';
import { todayInSheet } from './zone';

/** One alert line as `boussoleSignaux` returns it: JSON-safe, no Date. */
export interface SignalLine {
  signal: string;
  niveau: AlertLevel;
  message: string;
  /** A1 references with the sheet, e.g. `Plan!G24`. */
  cellules: string[];
}

/**
 * The alert lines of `mois` (`AAAA-MM`, else a French UserError) judged on `today`: rouge first,
 * then the order of the §6 table — the same lines, in the same order, as the report counts.
 */
export function readSignals(mois: unknown, today: Date = todayInSheet()): SignalLine[] {
  const month = validateMonth(mois);
  const classeur = readWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  return computeAlerts(classeur, month, today).map((a) => ({ signal: a.signal, niveau: a.niveau, message: a.message, cellules: [...a.cellules] }));
}
