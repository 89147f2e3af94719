// `npm run demo`: runs the built add-on in the emulator on a new classeur — Initialiser, Charger un
// exemple, Générer le rapport mensuel for the last complete month — and writes the result where a
// person can open it (out/demo/): the .xlsx, an HTML rendering of the report, and a PDF + PNG of
// the report through LibreOffice when it is installed. Then the consultant's portfolio (SPEC §10):
// three client classeurs and the consultant's Sheet importing them, as .xlsx and PNG.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addMonths, monthKey } from '../src/core/months';
import { convertWithLibreOffice } from '../test/libreoffice/soffice';
import { bundleEmulator } from '../test/support/bundle';
import { COLUMN_WIDTHS } from '../src/core/portfolio/layout';
import { portfolioEmulator, portfolioOnlyXlsx, printedHeight } from './portfolio-render';
import { reportOnlyXlsx, sheetHtml } from './report-render';
import { ROW_HEIGHT } from '../src/core/report/grid';

const OUT = path.resolve('out', 'demo');

function hasCommand(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Resolution of the portfolio's PNG: the table is scaled down to fit the page width. */
const PORTFOLIO_DPI = 130;

/** PDF then PNG of a one-sheet .xlsx through LibreOffice and pdftoppm, cropped to `heightPt` from the top; returns the PNG's path or null. */
function pngOf(single: string, prefix: string, heightPt: number): string | null {
  if (!hasCommand('soffice')) return null;
  const pdf = convertWithLibreOffice(single, OUT, 'pdf');
  if (!hasCommand('pdftoppm')) return null;
  const px = (pt: number) => String(Math.ceil((pt / 72) * PORTFOLIO_DPI));
  execFileSync('pdftoppm', ['-png', '-r', String(PORTFOLIO_DPI), '-singlefile', '-x', '0', '-y', '0', '-W', px(842), '-H', px(heightPt + 14), pdf, prefix]);
  return existsSync(`${prefix}.png`) ? `${prefix}.png` : null;
}

/** The consultant's portfolio of three clients: out/demo/portefeuille.xlsx and a PNG of the tab. */
async function portfolio(now: Date): Promise<void> {
  const { emu, lastRow, message } = portfolioEmulator(now);
  console.log(`Portefeuille : ${message}`);
  const xlsx = path.join(OUT, 'portefeuille.xlsx');
  await emu.saveXlsx(xlsx);
  console.log(`Portefeuille (classeur du consultant) : ${xlsx}`);
  const single = path.join(OUT, 'portefeuille-onglet.xlsx');
  await portfolioOnlyXlsx(xlsx, lastRow, single);
  const png = pngOf(single, path.join(OUT, 'portefeuille'), printedHeight(lastRow, COLUMN_WIDTHS));
  console.log(png ? `Portefeuille PNG : ${png}` : 'LibreOffice ou pdftoppm absent : pas de PNG du portefeuille.');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const now = new Date();
  const emu = bundleEmulator(now);
  emu.run('boussoleInitialiser');
  console.log(`Initialiser : ${emu.ui.toasts.at(-1)?.message ?? ''}`);
  emu.run('boussoleChargerExemple');
  console.log(`Charger un exemple : ${emu.ui.toasts.at(-1)?.message ?? ''}`);
  const month = addMonths(monthKey(now), -1); // the example's last complete month
  emu.calls.reset();
  const result = emu.run('boussoleGenererRapportPour', month) as { feuille: string; meteo: string; alertes: number };
  console.log(`Rapport : ${result.feuille} — ${result.meteo}, ${result.alertes} signaux (${emu.calls.total()} appels de service)`);
  if (emu.ui.alerts.length > 0) throw new Error(`Unexpected alert: ${emu.ui.alerts.map((a) => a.prompt).join(' | ')}`);
  const xlsx = path.join(OUT, 'boussole-exemple.xlsx');
  await emu.saveXlsx(xlsx);
  console.log(`Classeur : ${xlsx}`);
  const html = path.join(OUT, `rapport-${month}.html`);
  writeFileSync(html, await sheetHtml(xlsx, result.feuille));
  console.log(`Rapport HTML : ${html}`);
  if (!hasCommand('soffice')) {
    console.log('LibreOffice (soffice) absent : pas de PDF ni de PNG.');
    await portfolio(now);
    return;
  }
  const single = path.join(OUT, `rapport-${month}.xlsx`);
  await reportOnlyXlsx(xlsx, result.feuille, single, ROW_HEIGHT);
  const pdf = convertWithLibreOffice(single, OUT, 'pdf');
  console.log(`Rapport PDF : ${pdf}`);
  if (hasCommand('pdftoppm')) {
    const prefix = path.join(OUT, `rapport-${month}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, prefix]);
    const png = `${prefix}.png`;
    if (existsSync(png)) console.log(`Rapport PNG : ${png}`);
  }
  await portfolio(now);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
