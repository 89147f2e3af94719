// XLSX export/import with exceljs: values, native formulas (with cached results), custom-formula results,
// number formats, fonts, fills, merges, widths, frozen panes, notes, list validations, simple conditional formats.
import ExcelJS from 'exceljs';
import { absoluteA1, parseA1, rectToA1, resolveA1 } from './a1.js';
import { isRangeRef, type Book, type SheetModel } from './book.js';
import { DetailedCellError, errorText, toEngineFormula } from './formulas.js';
import { isDateFormat } from './values.js';
import type { Raw } from './values.js';

/** Width in pixels of a column Google Sheets has not been told about. */
const GOOGLE_DEFAULT_WIDTH = 100;

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase().padStart(6, '0').slice(-6)}`;
const excelFormat = (f: string): string => (isDateFormat(f) ? f.replace(/M/g, 'm') : f);

export async function saveXlsx(book: Book, path: string, cachedValues: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) writeSheet(book, s, wb, cachedValues);
  await wb.xlsx.writeFile(path);
}

function writeSheet(book: Book, s: SheetModel, wb: ExcelJS.Workbook, cached: boolean): void {
  const ws = wb.addWorksheet(s.name, {
    views: s.frozenRows || s.frozenCols ? [{ state: 'frozen', ySplit: s.frozenRows, xSplit: s.frozenCols }] : [],
  });
  const { lastRow, lastCol } = s.extent();
  const values = lastRow > 0 ? book.engine.rawValues(s, { row: 1, col: 1, numRows: lastRow, numCols: lastCol }) : [];
  const maxRowsOf = book.engine.maxRowsOf;
  values.forEach((row, i) => row.forEach((v, j) => {
    const r = i + 1, c = j + 1;
    const raw = s.content.get(r, c);
    const result = v instanceof DetailedCellError ? { error: errorText(v) } : v;
    if (v === null && raw?.kind !== 'formula') return;
    const cell = ws.getCell(r, c);
    if (raw?.kind === 'formula' && !/BOUSSOLE_/i.test(raw.formula)) {
      const formula = toEngineFormula(raw.formula, s.name, maxRowsOf).slice(1);
      cell.value = (cached && result !== null ? { formula, result } : { formula }) as ExcelJS.CellValue;
    } else {
      cell.value = result as ExcelJS.CellValue;
    }
  }));
  for (const [r, c, f] of s.formats.entries()) {
    const cell = ws.getCell(r, c);
    if (f.numberFormat) cell.numFmt = excelFormat(f.numberFormat);
    if (f.fontWeight === 'bold' || f.fontColor || f.fontStyle === 'italic' || f.fontSize) {
      cell.font = { bold: f.fontWeight === 'bold', italic: f.fontStyle === 'italic', ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}), ...(f.fontSize ? { size: f.fontSize } : {}) };
    }
    if (f.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.background) } };
    if (f.hAlign || f.vAlign || f.wrap) {
      cell.alignment = { ...(f.hAlign ? { horizontal: f.hAlign as 'left' } : {}), ...(f.vAlign ? { vertical: f.vAlign as 'top' } : {}), wrapText: Boolean(f.wrap) };
    }
  }
  for (const [r, c, note] of s.notes.entries()) ws.getCell(r, c).note = note;
  for (const [r, c, v] of s.validations.entries()) {
    if (v.type === 'VALUE_IN_LIST' && Array.isArray(v.values[0])) {
      const list = (v.values[0] as unknown[]).map(String).join(',');
      if (list.length <= 255) ws.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: !v.allowInvalid, formulae: [`"${list}"`] };
    } else if (v.type === 'VALUE_IN_RANGE' && isRangeRef(v.values[0])) {
      const ref = v.values[0];
      const name = book.byId(ref.sheetId)?.name ?? s.name;
            ws.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, showErrorMessage: !v.allowInvalid, formulae: [`'${name.replace(/'/g, "''")}'!${absoluteA1(ref.rect)}`] };
    }
  }
  for (const m of s.merges) ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  // Google's default column is 100 px; Excel's is narrower, so unset widths are written explicitly.
  for (let c = 1; c <= s.maxCols; c += 1) ws.getColumn(c).width = Math.round(((s.colWidths.get(c) ?? GOOGLE_DEFAULT_WIDTH) / 7) * 100) / 100;
  for (const rule of s.rules) {
    const style: Partial<ExcelJS.Style> = {
      ...(rule.background ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } } } : {}),
      ...(rule.fontColor || rule.bold ? { font: { bold: Boolean(rule.bold), ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}) } } : {}),
    } as Partial<ExcelJS.Style>;
    const ref = rule.ranges.filter((x) => x.sheetId === s.id).map((x) => rectToA1(x.rect)).join(' ');
    const cond = rule.condition;
    if (!ref || !cond) continue;
    const first = String(cond.values[0] ?? '');
    if (cond.type === 'CUSTOM_FORMULA') {
      ws.addConditionalFormatting({ ref, rules: [{ type: 'expression', priority: 1, formulae: [toEngineFormula(first, s.name, maxRowsOf).replace(/^=/, '')], style }] });
    } else if (cond.type === 'TEXT_EQ' || cond.type.startsWith('NUMBER_')) {
      const op = cond.type === 'TEXT_EQ' || cond.type === 'NUMBER_EQ' ? 'equal' : cond.type === 'NUMBER_GREATER_THAN' ? 'greaterThan' : cond.type === 'NUMBER_LESS_THAN' ? 'lessThan' : null;
      if (op) ws.addConditionalFormatting({ ref, rules: [{ type: 'cellIs', operator: op, priority: 1, formulae: [cond.type === 'TEXT_EQ' ? `"${first}"` : first], style }] });
    }
  }
}

/** Replaces the workbook with the content of an .xlsx file (values, formulas, number formats, notes, bold). */
export async function loadXlsx(book: Book, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  book.reset();
  for (const ws of wb.worksheets) {
    const s = book.insertSheet(ws.name);
    s.maxRows = Math.max(1000, ws.rowCount);
    s.maxCols = Math.max(26, ws.columnCount);
    const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as { ySplit?: number; xSplit?: number } | undefined;
    s.frozenRows = frozen?.ySplit ?? 0;
    s.frozenCols = frozen?.xSplit ?? 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => readCell(s, cell, r, c)));
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
      const p = parseA1(m);
      if (p) s.merges.push(resolveA1(p, s.maxRows, s.maxCols));
    }
  }
  book.activeSheetId = book.sheets[0]?.id ?? 0;
  book.engine.rebuild();
}

function readCell(s: SheetModel, cell: ExcelJS.Cell, r: number, c: number): void {
  if (cell.numFmt && cell.numFmt !== 'General') s.setFormat(r, c, { numberFormat: cell.numFmt });
  if (cell.font?.bold) s.setFormat(r, c, { fontWeight: 'bold' });
  const note = cell.note;
  if (note) s.notes.set(r, c, typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join(''));
  const raw = readRaw(cell);
  if (raw) s.content.set(r, c, raw);
}

function readRaw(cell: ExcelJS.Cell): Raw | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (cell.formula) return { kind: 'formula', formula: `=${cell.formula}` };
  if (typeof v === 'number' || typeof v === 'boolean') return { kind: 'value', value: v };
  if (typeof v === 'string') return v === '' ? null : { kind: 'value', value: v };
  if (v instanceof Date) {
    // exceljs reads serials as UTC instants; bring them back to the same wall-clock serial.
    const serial = 25569 + v.getTime() / 86400000;
    return { kind: 'value', value: Math.round(serial * 86400000) / 86400000 };
  }
  if (typeof v === 'object' && 'richText' in v) return { kind: 'value', value: v.richText.map((t) => t.text).join('') };
  if (typeof v === 'object' && 'text' in v) return { kind: 'value', value: String(v.text) };
  if (typeof v === 'object' && 'error' in v) return { kind: 'value', value: String(v.error) };
  return null;
}
