// Reads the input tabs in one batch each: the only way Boussole reads a classeur.

import type { Workbook } from '../core/types';
import { INPUT_TABS, TAB } from '../contract';
import { readClasseur } from '../workbook/reader';
import { gridFromSheet } from './zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** getValues() matrix of each tab read, by tab name. */
export type Grids = Partial<Record<string, unknown[][]>>;

/**
 * Every value of a tab from A1 to its last row and column with data, in one call:
 * `getSheetValues(1, 1, -1, -1)` (-1 = up to the last row/column with data, starting from row and
 * column 1 whichever way -1 is read). Should Sheets refuse it (an empty tab), the data range is read.
 * Date cells come back as the calendar day they show in the spreadsheet's zone (src/gas/zone.ts).
 */
export function readSheetValues(sheet: Sheet): unknown[][] {
  try {
    return gridFromSheet(sheet.getSheetValues(1, 1, -1, -1));
  } catch {
    return gridFromSheet(sheet.getDataRange().getValues());
  }
}

/** Values of each named tab that exists (row 0 = header row); missing tabs are absent. */
export function readGrids(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tabs: readonly string[] = INPUT_TABS): Grids {
  const grids: Grids = {};
  for (const name of tabs) {
    const sheet = ss.getSheetByName(name);
    if (sheet) grids[name] = readSheetValues(sheet);
  }
  return grids;
}

/** Tabs every judgement of a month reads: the input tabs and the hidden plan snapshot (v2, Périmètre instable). */
export const WORKBOOK_TABS: readonly string[] = [...INPUT_TABS, TAB.instantanes];

/** Reads every input tab and the snapshot tab (when present) once, and builds the classeur. */
export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Workbook {
  return readClasseur(readGrids(ss, WORKBOOK_TABS));
}
