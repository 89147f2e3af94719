// Prints one tab of an emulated classeur as Sheets would (A4 portrait, fit to width, the report's
// row heights): xlsx of that tab only → LibreOffice PDF → `pdfinfo` and a PNG to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROW_HEIGHT } from '../../src/core/report/grid';
import { reportOnlyXlsx } from '../../scripts/report-render';
import type { Emulator } from '../emulator/index';
import { convertWithLibreOffice } from './soffice';

/** `pdfinfo` of the tab printed alone, and the path of its PNG written under `outDir` as `name`.png. */
export async function printTab(emu: Emulator, tab: string, outDir: string, name: string): Promise<{ pdfInfo: string; png: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-print-'));
  await emu.saveXlsx(join(dir, 'classeur.xlsx'));
  const single = join(dir, `${name}.xlsx`);
  await reportOnlyXlsx(join(dir, 'classeur.xlsx'), tab, single, ROW_HEIGHT);
  const pdf = convertWithLibreOffice(single, dir, 'pdf');
  const pdfInfo = execFileSync('pdfinfo', [pdf]).toString();
  mkdirSync(outDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, join(outDir, name)]);
  return { pdfInfo, png: join(outDir, `${name}.png`) };
}
