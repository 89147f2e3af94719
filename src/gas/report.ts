// Générer le rapport mensuel (SPEC §6): reads the input tabs once, builds the pure model and its
// layout, then writes the tab `Rapport AAAA-MM` with a handful of batch calls under the document
// lock. Input tabs are only read. Regenerating a month clears and rewrites that tab only.

import { isMonthKey } from '../core/months';
import { buildMonthlyReport, type MonthlyReport } from '../core/report/model';
import { layoutReport } from '../core/report/layout';
import { PAGE_WIDTH, type ReportLayout } from '../core/report/grid';
import type { Workbook } from '../core/types';
import { REPORT_TAB_PREFIX } from '../contract';
import { writeValues } from './cells';
import { UserError, withDocumentLock } from './lock';
import { readWorkbook } from './read';
import { todayInSheet } from './zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What `boussoleGenererRapportPour` returns (SPEC §3). */
export interface ReportResult {
  feuille: string;
  meteo: string;
  alertes: number;
}

/** Validates a typed month: `AAAA-MM` (spaces trimmed), else a French UserError. */
export function validateMonth(saisie: unknown): string {
  const text = typeof saisie === 'string' ? saisie.trim() : '';
  if (!isMonthKey(text)) {
    const shown = typeof saisie === 'string' && saisie.trim() !== '' ? `« ${saisie.trim()} »` : 'Le mois';
    throw new UserError(`${shown} n’est pas un mois valide : tapez l’année puis le mois sur deux chiffres, au format AAAA-MM (par exemple 2026-11).`);
  }
  return text;
}

/** Clears the month's tab, or inserts it at the end of the classeur (after the existing reports). */
function reportSheet(ss: Spreadsheet, name: string): Sheet {
  const existing = ss.getSheetByName(name);
  if (existing) {
    existing.clear();
    return existing;
  }
  return ss.insertSheet(name, ss.getNumSheets());
}

/** One call per matrix: values (user text kept as text), formats, then widths. */
function writeReportTab(sheet: Sheet, layout: ReportLayout): void {
  const range = sheet.getRange(1, 1, layout.values.length, PAGE_WIDTH);
  writeValues(range, layout.values, { formats: layout.numberFormats });
  range.setNumberFormats(layout.numberFormats);
  range.setFontWeights(layout.fontWeights);
  range.setFontColors(layout.fontColors);
  range.setBackgrounds(layout.backgrounds);
  range.setFontSizes(layout.fontSizes);
  range.setHorizontalAlignments(layout.horizontalAlignments);
  range.setWraps(layout.wraps);
  range.setVerticalAlignment('top');
  const [first, ...others] = layout.columnWidths;
  sheet.setColumnWidth(1, first ?? 100);
  sheet.setColumnWidths(2, others.length, others[0] ?? 100);
}

/** The report of `mois` (validated here), written and activated; also returns the model and the sheet for the dialog. */
export function generateReport(ss: Spreadsheet, mois: unknown, today: Date = todayInSheet()): { resultat: ReportResult; rapport: MonthlyReport; sheet: Sheet; classeur: Workbook } {
  const month = validateMonth(mois);
  const classeur = readWorkbook(ss);
  const rapport = buildMonthlyReport(classeur, month, today);
  const layout = layoutReport(rapport);
  const name = `${REPORT_TAB_PREFIX}${month}`;
  const sheet = withDocumentLock(() => {
    const target = reportSheet(ss, name);
    writeReportTab(target, layout);
    target.activate();
    return target;
  });
  return { resultat: { feuille: name, meteo: rapport.meteo, alertes: rapport.alertes.length }, rapport, sheet, classeur };
}
