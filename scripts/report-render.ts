// Demo helpers (test-side): the report tab of a saved .xlsx as a standalone HTML page, and as a
// one-sheet .xlsx set up like the PDF export (A4 portrait, fit to width) for LibreOffice.
import ExcelJS from 'exceljs';
import { escapeHtml } from '../src/gas/ui';

const fr = (n: number, digits: number) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

/** A cell value shown with the report's number formats, French style. */
export function display(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toLocaleDateString('fr-FR', { timeZone: 'UTC' });
  if (typeof value === 'object' && 'richText' in (value as object)) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  if (typeof value !== 'number') return String(value);
  const f = format ?? 'General';
  if (f.includes('%')) return `${fr(value * 100, (f.split('.')[1] ?? '').replace(/[^0]/g, '').length)} %`;
  if (f.includes('€')) return `${fr(value, f.includes('.00') ? 2 : 0)} €`;
  if (f === '0.0') return fr(value, 1);
  if (f === '#,##0') return fr(value, 0);
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 4 }).format(value);
}

const argbToCss = (argb: string | undefined) => (argb ? `#${argb.slice(-6)}` : undefined);

/** HTML page of one sheet: values, number formats, weights, colours, fills, sizes, alignment, widths. */
export async function sheetHtml(xlsx: string, sheetName: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`No sheet ${sheetName} in ${xlsx}`);
  const cols = ws.columnCount;
  const widths = Array.from({ length: cols }, (_, i) => Math.round((ws.getColumn(i + 1).width ?? 14) * 7));
  const rows: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells = Array.from({ length: cols }, (_, i) => {
      const cell = row.getCell(i + 1);
      const style: string[] = [];
      if (cell.font?.bold) style.push('font-weight:bold');
      if (cell.font?.size) style.push(`font-size:${cell.font.size}pt`);
      const color = argbToCss(cell.font?.color?.argb);
      if (color) style.push(`color:${color}`);
      const fill = cell.fill && cell.fill.type === 'pattern' ? argbToCss(cell.fill.fgColor?.argb) : undefined;
      if (fill) style.push(`background:${fill}`);
      if (cell.alignment?.horizontal) style.push(`text-align:${cell.alignment.horizontal}`);
      style.push(cell.alignment?.wrapText ? 'white-space:normal' : 'white-space:nowrap;overflow:visible');
      return `<td style="${style.join(';')}">${escapeHtml(display(cell.value, cell.numFmt))}</td>`;
    });
    rows.push(`<tr>${cells.join('')}</tr>`);
  });
  const colgroup = widths.map((w) => `<col style="width:${w}px">`).join('');
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(sheetName)}</title><style>
body{font-family:Arial,sans-serif;font-size:10pt;margin:24px;background:#f1f3f4}
table{border-collapse:collapse;table-layout:fixed;background:#fff;box-shadow:0 1px 4px #0003}
td{padding:3px 6px;vertical-align:top;font-size:10pt}</style></head><body>
<table>${colgroup}${rows.join('\n')}</table></body></html>`;
}

/** Copies `xlsx` keeping only `sheetName`, with A4 portrait fit-to-width page setup and no gridlines. */
export async function reportOnlyXlsx(xlsx: string, sheetName: string, out: string, rowHeightPx?: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  for (const ws of [...wb.worksheets]) if (ws.name !== sheetName) wb.removeWorksheet(ws.id);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`No sheet ${sheetName} in ${xlsx}`);
  ws.state = 'visible';
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.4, bottom: 0.4, header: 0, footer: 0 }, showGridLines: false };
  ws.views = [{ showGridLines: false }];
  // Sheets writes in Arial by default; LibreOffice draws it with the metric-compatible Liberation Sans.
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => { cell.font = { ...cell.font, name: 'Arial' }; }));
  fitRowHeights(ws, rowHeightPx);
  await wb.xlsx.writeFile(out);
}

/**
 * Row heights as Sheets would show them (LibreOffice's xlsx import does not grow rows for wrapped
 * text): each row is `basePx` high (the height the report sets, default Sheets' 21 px) unless a cell
 * needs more — wrapped text by its lines, any text by its font size (line ≈ 1.25 × the size, plus
 * 4 px of padding): « By default, rows grow to fit cell contents » (Sheet.setRowHeights).
 */
export function fitRowHeights(ws: ExcelJS.Worksheet, basePx = 21): void {
  const widthPx = (c: number) => (ws.getColumn(c).width ?? 14) * 7;
  ws.eachRow({ includeEmpty: true }, (row) => {
    let needed = 0;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const pt = cell.font?.size ?? 10;
      const text = display(cell.value, cell.numFmt);
      if (text === '') return;
      let lines = 1;
      if (cell.alignment?.wrapText) {
        const perLine = Math.max(1, Math.floor((widthPx(c) - 8) / (pt * 0.62)));
        lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      }
      needed = Math.max(needed, lines * pt * 1.25 * (4 / 3) + 4);
    });
    row.height = Math.round(Math.max(basePx, needed) * 0.75 * 10) / 10; // points
  });
}
