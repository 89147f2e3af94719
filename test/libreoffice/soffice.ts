// LibreOffice headless as a second spreadsheet program: recalculates an .xlsx (isolated profile set
// to always recalculate on load — a plain conversion keeps the file's stale cached values) and
// reads the values back with exceljs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';

/** `registrymodifications.xcu` with OOXMLRecalcMode (and ODFRecalcMode) = 0: always recalculate. */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile directory that always recalculates on load. */
export function isolatedProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-lo-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), REGISTRY);
  return dir;
}

/** Converts `input` with LibreOffice headless into `outDir` (format `xlsx`, `pdf`, `png`…); returns the output path. */
export function convertWithLibreOffice(input: string, outDir: string, format: string, profile = isolatedProfile()): string {
  mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck',
    '--convert-to', format, '--outdir', outDir, input], { stdio: 'pipe', timeout: 180_000 });
  return join(outDir, basename(input).replace(/\.[^.]+$/, `.${format.split(':')[0]}`));
}

/** A cell as read back: number (dates as serials), text, boolean, '' for empty, `#ERR` for errors. */
export type Lu = number | string | boolean;

const EPOCH = Date.UTC(1899, 11, 30);

function plain(v: unknown): Lu {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return (v.getTime() - EPOCH) / 86_400_000;
  if (typeof v === 'object' && 'error' in (v as object)) return `#ERR ${(v as { error: string }).error}`;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** Values and formulas of one sheet of an .xlsx, by A1 address (formula cells give their result). */
export async function readXlsxSheet(path: string, sheet: string): Promise<Map<string, { value: Lu; formula: string | null }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`sheet ${sheet} missing in ${path}`);
  const out = new Map<string, { value: Lu; formula: string | null }>();
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
    const formula = cell.formula ? String(cell.formula) : null;
    out.set(cell.address, { value: plain(formula ? cell.result : cell.value), formula });
  }));
  return out;
}
