// Initialiser for `Gouvernance`: the RACI table on row 1 and the rituals table below it,
// which starts at the first row whose column A reads `Rituel` (SPEC §2).

import { DEFAULT_RITUALS, TAB, TABLES } from '../contract';
import { layoutTable } from '../workbook/layout';
import { normalize } from '../core/text';
import { ensureSize } from './cells';
import { EMPTY_HEAD, formatTable, type RuleCache } from './table-format';
import { freezeHeader, readHead, sheetOrCreate, widenColumns, type TabOutcome } from './init-table';
import { readSheetValues } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Row of the rituals header on a new tab: room for ten RACI chantiers above it. */
const RITUELS_HEADER_ROW = 13;
const RITUELS_ROWS = 20;

/** Creates or completes `Gouvernance`: the RACI table and the rituals table below it. */
export function initGouvernance(ss: Spreadsheet, rules: RuleCache): TabOutcome {
  const { sheet, created } = sheetOrCreate(ss, TAB.gouvernance);
  // One read of the tab: column A locates the rituals table, and both header rows come from it.
  const grid = created ? [] : readSheetValues(sheet);
  const found = grid.findIndex((row) => normalize(row[0]) === normalize('Rituel'));
  const ritualsRow = found >= 0 ? found + 1 : Math.max(RITUELS_HEADER_ROW, grid.length + 2);
  ensureSize(sheet, ritualsRow + RITUELS_ROWS, 5);

  const raciHead = grid.length > 0 ? readHead(sheet, 1, grid[0] ?? []) : EMPTY_HEAD;
  const raci = layoutTable(raciHead.values, TABLES.raci);
  const fresh = (l: { headers: readonly string[]; appended: readonly string[] }) => l.headers.length === l.appended.length;
  formatTable(sheet, TABLES.raci, { headerRow: 1, dataRows: ritualsRow - 2, headers: raci.headers, columnOf: raci.columnOf, appended: raci.appended.length, fresh: fresh(raci) }, raciHead, rules);

  const ritualsHead = found >= 0 ? readHead(sheet, ritualsRow, grid[found] ?? []) : EMPTY_HEAD;
  const rituals = layoutTable(ritualsHead.values, TABLES.rituels);
  formatTable(sheet, TABLES.rituels, { headerRow: ritualsRow, dataRows: RITUELS_ROWS, headers: rituals.headers, columnOf: rituals.columnOf, appended: rituals.appended.length, fresh: fresh(rituals) }, ritualsHead, rules);
  if (found < 0) {
    const rows = DEFAULT_RITUALS.map((r) => [r.rituel, r.frequence, r.duree, '', '']);
    sheet.getRange(ritualsRow + 1, 1, rows.length, 5).setValues(rows);
  }
  freezeHeader(sheet, created);
  if (created) widenColumns(sheet, TABLES.raci, raci);
  const appended = created ? [] : [...raci.appended, ...(found >= 0 ? rituals.appended : ['Rituel'])];
  return { name: TAB.gouvernance, created, appended };
}
