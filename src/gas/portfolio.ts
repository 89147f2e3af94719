// Créer un portefeuille consultant (SPEC §10): creates or completes the `Portefeuille` tab of the
// consultant's own Sheet — headers and notes, formulas for 200 client rows (IMPORTRANGE of each
// client's BOUSSOLE_SYNTHESE, so the add-on needs no scope to read other files), formats and colours —
// without touching a link or anything else typed. Calls do not depend on the number of clients.

import { TAB } from '../contract';
import { PORTFOLIO_ROWS } from '../core/portfolio/formulas';
import {
  COLUMN_WIDTHS, DATA_FORMATS, HEADER_NOTES, PORTFOLIO_COLUMNS, PORTFOLIO_WIDTH, SILENCE_COLOURS, SILENCE_DAYS, WEATHER_COLOURS,
  headerRow, lastClientRow, portfolioColumns,
} from '../core/portfolio/layout';
import { clientRows, portfolioSummary } from '../core/portfolio/summary';
import { localeSafeFormula } from '../core/formulas/syntax';
import { ensureSize, writeValues } from './cells';
import { withDocumentLock } from './lock';
import { toast } from './ui';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** The weather cell coloured by weather, long silences in orange then red, ⚠ texts in dark orange. */
function portfolioRules(sheet: Sheet, rows: number): Rule[] {
  const column = (c: number) => sheet.getRange(2, c, rows, 1);
  const weather = column(PORTFOLIO_COLUMNS.firstImported + 2);
  const days = column(PORTFOLIO_COLUMNS.daysWithoutNews);
  const first = column(PORTFOLIO_COLUMNS.firstImported);
  const rule = () => SpreadsheetApp.newConditionalFormatRule();
  return [
    ...Object.entries(WEATHER_COLOURS).map(([meteo, colour]) => rule().whenTextContains(meteo.split(' ')[1] ?? meteo).setBackground(colour).setRanges([weather]).build()),
    rule().whenNumberGreaterThan(SILENCE_DAYS.rouge).setBackground(SILENCE_COLOURS.rouge).setFontColor('#a50e0e').setRanges([days]).build(),
    rule().whenNumberGreaterThan(SILENCE_DAYS.orange).setBackground(SILENCE_COLOURS.orange).setRanges([days]).build(),
    rule().whenTextStartsWith('⚠').setFontColor('#b06000').setRanges([first]).build(),
  ];
}

/** Header row, notes, frozen row and column widths (one call each, widths by runs of equal width). */
function writeFrame(sheet: Sheet, existingHeader: readonly unknown[]): void {
  const header = sheet.getRange(1, 1, 1, PORTFOLIO_WIDTH);
  writeValues(header, [headerRow(existingHeader)]);
  header.setNotes([[...HEADER_NOTES]]);
  header.setFontWeight('bold').setBackground('#e8eef7').setWrap(true).setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  let start = 1;
  for (let c = 2; c <= COLUMN_WIDTHS.length + 1; c += 1) {
    if (c <= COLUMN_WIDTHS.length && COLUMN_WIDTHS[c - 1] === COLUMN_WIDTHS[start - 1]) continue;
    sheet.setColumnWidths(start, c - start, COLUMN_WIDTHS[start - 1] ?? 100);
    start = c;
  }
}

/** Writes the formula columns B and M and the data formats of rows 2…last. */
function writeClientRows(sheet: Sheet, values: unknown[][], formulas: string[][], last: number): void {
  const { imported, days } = portfolioColumns(values, formulas, last);
  const isFormula = (v: unknown): boolean => typeof v === 'string' && v.startsWith('=');
  const write = (column: number, rows: unknown[][]) => writeValues(sheet.getRange(2, column, last - 1, 1),
    rows.map(([v]) => [isFormula(v) ? localeSafeFormula(String(v)) : v]), { formats: [], isFormula: (r) => isFormula(rows[r]?.[0]) });
  write(PORTFOLIO_COLUMNS.firstImported, imported);
  write(PORTFOLIO_COLUMNS.daysWithoutNews, days);
  sheet.getRange(2, PORTFOLIO_COLUMNS.firstImported, last - 1, DATA_FORMATS.length).setNumberFormats(Array.from({ length: last - 1 }, () => [...DATA_FORMATS]));
}

/** Menu action: Créer un portefeuille consultant. Returns the closing message. */
export function createPortfolio(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { sheet, rows } = withDocumentLock(() => {
    const sheet = ss.getSheetByName(TAB.portefeuille) ?? ss.insertSheet(TAB.portefeuille);
    const { rows: maxRows } = ensureSize(sheet, PORTFOLIO_ROWS + 1, PORTFOLIO_WIDTH);
    const grid = sheet.getRange(1, 1, maxRows, PORTFOLIO_WIDTH);
    const values = grid.getValues();
    const formulas = grid.getFormulas();
    const hasRules = sheet.getConditionalFormatRules().length > 0; // read before any write: no flush
    const last = lastClientRow(values.map((r) => r[PORTFOLIO_COLUMNS.link - 1]));
    writeFrame(sheet, values[0] ?? []);
    writeClientRows(sheet, values, formulas, last);
    // The consultant's own rules (or ours from a previous run) are kept.
    if (!hasRules) sheet.setConditionalFormatRules(portfolioRules(sheet, last - 1));
    sheet.activate();
    return { sheet, rows: last - 1 };
  });
  // The formulas' results (one read): which clients are imported and which still wait for access.
  const shown = sheet.getRange(2, 1, rows, 2).getValues();
  const message = portfolioSummary(clientRows(shown.map((r) => r[0]), shown.map((r) => r[1])), rows);
  toast(ss, message, 12);
  return message;
}
