// Reading for the planning actions: each tab once (values, and formulas where cells will be
// rewritten), its sheet kept for the writes, and the checks that stop an action before any write.

import { readSheetValues } from '../read';
import { gridFromSheet } from '../zone';
import type { ColumnSpec } from '../../contract';
import { matchHeaders } from '../../workbook/headers';
import { UserError } from '../lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One tab as read: its sheet, its values (row 0 = row 1) and, when asked, its formulas. */
export interface TabData {
  readonly name: string;
  readonly sheet: Sheet;
  readonly values: unknown[][];
  readonly formulas: string[][] | null;
}

/** Reads each named tab that exists: one getSheetValues, or getDataRange + getValues + getFormulas when formulas are asked. */
export function readTabs(ss: Spreadsheet, names: readonly string[], withFormulas: readonly string[] = []): Map<string, TabData> {
  const onglets = new Map<string, TabData>();
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    if (!withFormulas.includes(name)) {
      onglets.set(name, { name, sheet, values: readSheetValues(sheet), formulas: null });
      continue;
    }
    const range = sheet.getDataRange();
    onglets.set(name, { name, sheet, values: gridFromSheet(range.getValues()), formulas: range.getFormulas() });
  }
  return onglets;
}

/** The values of every tab read, as the reader wants them. */
export function grids(onglets: ReadonlyMap<string, TabData>): Record<string, unknown[][]> {
  return Object.fromEntries([...onglets].map(([name, onglet]) => [name, onglet.values]));
}

/** The tab, or a French message telling how to create it. */
export function requiredTab(onglets: ReadonlyMap<string, TabData>, name: string): TabData {
  const onglet = onglets.get(name);
  if (!onglet) throw new UserError(`Onglet « ${name} » introuvable — lancez « Initialiser le classeur » pour le créer.`);
  return onglet;
}

/**
 * 0-based column of each contract header of the header row at `headerAt`; a missing required
 * header stops the action with a French message, so the required ones are typed as present.
 */
export function requiredColumns<R extends string>(onglet: TabData, specs: readonly ColumnSpec[], required: readonly R[], headerAt = 0): Record<string, number> & Record<R, number> {
  const { index } = matchHeaders(onglet.values[headerAt] ?? [], specs);
  const missing = required.filter((header) => index[header] === undefined);
  if (missing.length > 0) {
    const list = missing.map((h) => `« ${h} »`).join(', ');
    throw new UserError(`${onglet.name} : colonne${missing.length > 1 ? 's' : ''} ${list} introuvable${missing.length > 1 ? 's' : ''} en ligne ${headerAt + 1} — lancez « Initialiser le classeur » pour ${missing.length > 1 ? 'les ' : 'l’'}ajouter.`);
  }
  return index as Record<string, number> & Record<R, number>;
}

/** Raw cells of a column for data rows (below the header), e.g. every ID typed. */
export function columnValues(onglet: TabData, column: number | undefined, headerAt = 0): unknown[] {
  if (column === undefined) return [];
  return onglet.values.slice(headerAt + 1).map((row) => row[column]);
}

/** True when a data cell (1-based sheet row, 0-based column) of the column holds a formula. */
export function hasFormula(onglet: TabData, row: number, column: number): boolean {
  return (onglet.formulas?.[row - 1]?.[column] ?? '') !== '';
}

/** True when any data row of the column holds a formula (array formulas included). */
export function columnWithFormulas(onglet: TabData, column: number, headerAt = 0): boolean {
  return (onglet.formulas ?? []).some((row, at) => at > headerAt && (row[column] ?? '') !== '');
}
