// XLSX round trip: values, native formulas with cached results, custom results as values, formats and notes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.js';

const BUNDLE = `function BOUSSOLE_TWICE(x) { return Array.isArray(x) ? x.map(function (r) { return [r[0] * 2]; }) : x * 2; }
function fmt() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Plan'); s.setFrozenRows(1);
  s.getRange('A1:D1').setFontWeight('bold'); s.getRange('B2:B3').setNumberFormat('#,##0.00'); s.getRange('A1').setNote('Nom de l’action');
  s.setColumnWidth(1, 210); s.getRange('A5:B5').merge();
  s.getRange('A2:A3').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Audit', 'Site']).build()); }`;

describe('xlsx', () => {
  it('saves and loads back values, formulas, formats and notes', async () => {
    const e = createEmulator();
    e.loadBundle(BUNDLE);
    e.book.setValues('Plan', 'A1:D3', [['Action', 'Budget', 'Échéance', 'Double'], ['Audit', 100, '2026-11-03', '=BOUSSOLE_TWICE(B2:B3)'], ['Site', 250.5, '2026-12-01', '']]);
    e.book.setValues('Tableau de bord', 'A1:B1', [["=SUM('Plan'!B2:B)", 'texte']]);
    e.run('fmt');
    const file = join(mkdtempSync(join(tmpdir(), 'emu-xlsx-')), 'classeur.xlsx');
    await e.saveXlsx(file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const plan = wb.getWorksheet('Plan');
    expect(plan?.getCell('D2').value).toBe(200);
    expect(plan?.getCell('D3').value).toBe(501);
    expect(plan?.getCell('A1').font?.bold).toBe(true);
    expect(plan?.getCell('B2').numFmt).toBe('#,##0.00');
    expect(plan?.getCell('A1').note).toBe('Nom de l’action');
    expect(plan?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('Tableau de bord')?.getCell('A1').value).toEqual({ formula: "SUM('Plan'!B2:B1000)", result: 350.5 });

    const f = createEmulator();
    await f.loadXlsx(file);
    expect(f.book.sheetNames()).toEqual(['Feuille 1', 'Plan', 'Tableau de bord']);
    const row = f.book.values('Plan', 'A2:D2')[0] as unknown[];
    expect(row[0]).toBe('Audit');
    expect(row[1]).toBe(100);
    expect(row[2]).toBeInstanceOf(Date);
    expect((row[2] as Date).getDate()).toBe(3);
    expect(row[3]).toBe(200);
    expect(f.book.formulas('Tableau de bord', 'A1')).toEqual([["=SUM('Plan'!B2:B1000)"]]);
    expect(f.book.values('Tableau de bord', 'A1:B1')).toEqual([[350.5, 'texte']]);
    expect(f.book.numberFormats('Plan', 'B2')).toEqual([['#,##0.00']]);
    expect(f.book.notes('Plan', 'A1')).toEqual([['Nom de l’action']]);
  });
});
