// The sidebar *Panneau de pilotage* on the server (SPEC §8): opening it, its read-only snapshot
// (one getSheetValues per input tab, no write) and selecting an alert's cells.

import { buildPanelSnapshot, type PanelSnapshot, type SimpleResult } from '../core/panel/snapshot';
import { bottomRight, cellsSchema, splitReference } from '../workbook/panel-input';
import { a1 } from './cells';
import { UserError } from './lock';
import { readWorkbook } from './read';
import { todayInSheet } from './zone';
import { withViewport } from './ui';

/** Shows the sidebar (bundled sidebar/Panneau.html). */
export function openPanel(): void {
  const output = withViewport(HtmlService.createHtmlOutputFromFile('Panneau').setTitle('Boussole'));
  SpreadsheetApp.getUi().showSidebar(output);
}

/** The JSON-safe snapshot of the current month, read in one batch; writes nothing. */
export function readPanelSnapshot(): PanelSnapshot {
  return buildPanelSnapshot(readWorkbook(SpreadsheetApp.getActiveSpreadsheet()), todayInSheet());
}

/**
 * Selects the cells of an alert. A RangeList lives on one sheet, so the cells of the first
 * sheet named are selected (alerts name one sheet in practice) and that sheet is shown.
 */
export function selectCells(references: unknown): SimpleResult {
  const parsed = cellsSchema().safeParse(references);
  if (!parsed.success) throw new UserError('Cellules illisibles : attendu des références comme Plan!G12.');
  const refs = parsed.data.map(splitReference);
  const sheetName = refs[0]?.sheet ?? '';
  const cells = refs.filter((r) => r.sheet === sheetName).map((r) => r.cell);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) throw new UserError(`L’onglet « ${sheetName} » n’existe plus : lancez Initialiser le classeur.`);
  // A stale sidebar may point past a grid the user has since shrunk: Apps Script would throw.
  const [maxRows, maxCols] = [sheet.getMaxRows(), sheet.getMaxColumns()];
  const inside = cells.filter((cell) => {
    const corner = bottomRight(cell);
    return corner.row <= maxRows && corner.col <= maxCols;
  });
  if (inside.length === 0) throw new UserError(`${a1(sheetName, cells[0] ?? '')} est hors de l’onglet (${maxRows} lignes, ${maxCols} colonnes) : actualisez le panneau.`);
  sheet.activate();
  sheet.getRangeList(inside).activate();
  const n = inside.length;
  return { ok: true, message: `${n} ${n > 1 ? 'cellules sélectionnées' : 'cellule sélectionnée'} dans ${sheetName}.` };
}
