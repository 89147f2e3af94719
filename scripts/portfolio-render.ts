// Demo helpers for the consultant's portfolio (SPEC §10): three client classeurs and the consultant's
// Sheet in the emulator, and the `Portefeuille` tab as a values-only, one-page .xlsx that LibreOffice can
// print (IMPORTRANGE is Google's own: LibreOffice would recalculate it to an error).
import ExcelJS from 'exceljs';
import { TAB } from '../src/contract';
import { DATA_FORMATS, SILENCE_COLOURS, SILENCE_DAYS, WEATHER_COLOURS } from '../src/core/portfolio/layout';
import type { BookHandle, Emulator } from '../test/emulator';
import { addClient, CLIENTS } from '../test/gas/portfolio/clients';
import { loadedEmulator } from '../test/support/bundle';

/** The consultant's Sheet with the three clients pasted and allowed; returns the emulator and the tab's last row. */
export function portfolioEmulator(now: Date): { emu: Emulator; consultant: BookHandle; lastRow: number; message: string } {
  const emu = loadedEmulator({ now, spreadsheetName: 'Claire Dubois Conseil — portefeuille' });
  const consultant = emu.book;
  const clients = [CLIENTS.exemple, CLIENTS.soleil, CLIENTS.orage].map((variant) => addClient(emu, variant, now));
  emu.activate(consultant);
  emu.run('boussolePortefeuille');
  consultant.setValues(TAB.portefeuille, `A2:A${clients.length + 1}`, clients.map((c) => [c.url]));
  for (const client of clients) emu.allowImport(consultant, client);
  emu.run('boussolePortefeuille');
  return { emu, consultant, lastRow: clients.length + 1, message: emu.ui.toasts.at(-1)?.message ?? '' };
}

const argb = (css: string) => `FF${css.replace('#', '').toUpperCase()}`;

/** Row heights of the printed tab, in points. */
const HEADER_HEIGHT = 46;
const ROW_HEIGHT = 18;
/** Page margins of the printed tab, in inches. */
const MARGIN = { side: 0.3, top: 0.4 };

/** Height in points of the printed table on a landscape A4 page fitted to width (to crop the PNG to it). */
export function printedHeight(lastRow: number, columnWidthsPx: readonly number[]): number {
  const printable = 842 - 2 * MARGIN.side * 72;
  const scale = Math.min(1, printable / (columnWidthsPx.reduce((a, b) => a + b, 0) * 0.75));
  return MARGIN.top * 72 + (HEADER_HEIGHT + (lastRow - 1) * ROW_HEIGHT) * scale;
}

/** Rows 1…lastRow of `Portefeuille` as values with their formats, widths, header look and the tab's colours, on one landscape A4 page. */
export async function portfolioOnlyXlsx(xlsx: string, lastRow: number, out: string): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(xlsx);
  const from = source.getWorksheet(TAB.portefeuille);
  if (!from) throw new Error(`No sheet ${TAB.portefeuille} in ${xlsx}`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TAB.portefeuille);
  for (let c = 1; c <= 13; c += 1) ws.getColumn(c).width = from.getColumn(c).width ?? 14;
  for (let r = 1; r <= lastRow; r += 1) {
    for (let c = 1; c <= 13; c += 1) {
      const cell = from.getCell(r, c);
      const value = cell.formula ? (cell.result as ExcelJS.CellValue) : cell.value;
      const target = ws.getCell(r, c);
      target.value = value === undefined ? null : value;
      target.numFmt = r === 1 || c === 1 ? 'General' : DATA_FORMATS[c - 2] ?? 'General';
      if (r === 1) {
        target.font = { bold: true };
        target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
        target.alignment = { wrapText: true, vertical: 'middle' };
      }
    }
  }
  ws.getRow(1).height = HEADER_HEIGHT;
  for (let r = 2; r <= lastRow; r += 1) ws.getRow(r).height = ROW_HEIGHT;
  ws.addConditionalFormatting({ ref: `D2:D${lastRow}`, rules: Object.entries(WEATHER_COLOURS).map(([meteo, colour], i) => ({
    type: 'expression', formulae: [`ISNUMBER(SEARCH("${meteo.split(' ')[1] ?? meteo}",D2))`], priority: i + 1,
    style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(colour) } } },
  })) as ExcelJS.ConditionalFormattingRule[] });
  ws.addConditionalFormatting({ ref: `M2:M${lastRow}`, rules: [
    { type: 'cellIs', operator: 'greaterThan', formulae: [String(SILENCE_DAYS.rouge)], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(SILENCE_COLOURS.rouge) } } } },
    { type: 'cellIs', operator: 'greaterThan', formulae: [String(SILENCE_DAYS.orange)], priority: 2, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(SILENCE_COLOURS.orange) } } } },
  ] });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    margins: { left: MARGIN.side, right: MARGIN.side, top: MARGIN.top, bottom: MARGIN.top, header: 0, footer: 0 }, printArea: `A1:M${lastRow}` };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(out);
}
