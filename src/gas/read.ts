// Reads the input tabs in one batch each (getDataRange().getValues()): the only way Boussole reads.

import { INPUT_TABS } from '../workbook/contract';

/** getValues() matrix of each tab read, by tab name. */
export type Grids = Partial<Record<string, unknown[][]>>;

/** Values of each named tab that exists (row 0 = header row); missing tabs are absent. */
export function readGrids(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tabs: readonly string[] = INPUT_TABS): Grids {
  const grids: Grids = {};
  for (const name of tabs) {
    const sheet = ss.getSheetByName(name);
    if (sheet) grids[name] = sheet.getDataRange().getValues();
  }
  return grids;
}
