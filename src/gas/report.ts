// Générer le rapport mensuel (SPEC §6): reads the input tabs, `Historique` and the plan snapshots
// once, builds the pure model and its layout, then, under the document lock, writes the month's row
// of `Historique`, its plan snapshot and the tab `Rapport AAAA-MM`, each with a handful of batch
// calls. Input tabs are only read. Regenerating a month rewrites that month only.

import { isMonthKey } from '../core/months';
import { buildMonthlyReport, type MonthlyReport } from '../core/report/model';
import { layoutReport } from '../core/report/layout';
import { PAGE_WIDTH, type ReportLayout } from '../core/report/grid';
import type { Workbook } from '../core/types';
import { INPUT_TABS, REPORT_TAB_PREFIX, TAB, TABLES } from '../contract';
import { readClasseur } from '../workbook/reader';
import { readHistory } from '../workbook/read-history';
import { layoutHistoryBlock, layoutSnapshotBlock } from '../workbook/owned-blocks';
import { writeValues } from './cells';
import { todayInSheet } from './zone';
import { UserError, withDocumentLock } from './lock';
import { readSheetValues, type Grids } from './read';
import { readRoom, writeOwnedTab, type OwnedTab } from './report-owned';
import { clip } from '../core/quote';

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
    const shown = typeof saisie === 'string' && saisie.trim() !== '' ? `« ${clip(saisie.trim())} »` : 'Le mois';
    throw new UserError(`${shown} n’est pas un mois valide : tapez l’année puis le mois sur deux chiffres, au format AAAA-MM (par exemple 2026-11).`);
  }
  return text;
}

/** Tabs a report reads: the input tabs, `Historique` and the plan snapshots (v2), each once. */
export const REPORT_READ_TABS: readonly string[] = [...new Set<string>([...INPUT_TABS, TAB.historique, TAB.instantanes])];

/** Values of each tab of REPORT_READ_TABS that exists, and the sheets of the two owned tabs. */
function readReportTabs(ss: Spreadsheet): { grids: Grids; owned: Record<string, Sheet | null> } {
  const grids: Grids = {};
  const owned: Record<string, Sheet | null> = { [TAB.historique]: null, [TAB.instantanes]: null };
  for (const name of REPORT_READ_TABS) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    grids[name] = readSheetValues(sheet);
    if (name in owned) owned[name] = sheet;
  }
  return { grids, owned };
}

/** Clears the month's tab (`existing`, looked up before any write), or inserts it at `index` (the end of the classeur, after the existing reports). */
function reportSheet(ss: Spreadsheet, name: string, existing: Sheet | null, index: () => number): Sheet {
  if (existing) {
    existing.clear();
    return existing;
  }
  return ss.insertSheet(name, index());
}

/**
 * One call per matrix: values, formats, then widths. The tab was just cleared or inserted, so its
 * cells have the automatic format when the values go in (text that would read as something else
 * is escaped with `'`); the layout's formats come after.
 */
export function writeReportTab(sheet: Sheet, layout: ReportLayout): void {
  const range = sheet.getRange(1, 1, layout.values.length, PAGE_WIDTH);
  writeValues(range, layout.values, { formats: [] });
  range.setNumberFormats(layout.numberFormats);
  range.setFontWeights(layout.fontWeights);
  range.setFontColors(layout.fontColors);
  range.setBackgrounds(layout.backgrounds);
  range.setFontSizes(layout.fontSizes);
  range.setHorizontalAlignments(layout.horizontalAlignments);
  range.setWraps(layout.wraps);
  range.setVerticalAlignment('top');
  sheet.setRowHeights(1, layout.values.length, layout.rowHeight);
  const [first, ...others] = layout.columnWidths;
  sheet.setColumnWidth(1, first ?? 100);
  sheet.setColumnWidths(2, others.length, others[0] ?? 100);
}

/** The two tabs a report owns besides its own, with the blocks to write (v2). */
function ownedTabs(grids: Grids, owned: Record<string, Sheet | null>, rapport: MonthlyReport): OwnedTab[] {
  const history = grids[TAB.historique];
  const snapshots = grids[TAB.instantanes];
  return [
    { name: TAB.historique, sheet: owned[TAB.historique] ?? null, specs: TABLES.historique, hidden: false,
      rowsRead: history?.length ?? 0, block: layoutHistoryBlock(history ?? [], rapport.historique) },
    { name: TAB.instantanes, sheet: owned[TAB.instantanes] ?? null, specs: TABLES.instantanes, hidden: true,
      rowsRead: snapshots?.length ?? 0, block: layoutSnapshotBlock(snapshots ?? [], rapport.mois, rapport.instantane) },
  ];
}

/** Positions at the end of the classeur for the tabs created in this run, in order (one getNumSheets, read now, when `creates`). */
function endPositions(ss: Spreadsheet, creates: boolean): () => number {
  let next = creates ? ss.getNumSheets() : 0;
  return () => next++;
}

/** The report of `mois` (validated here), written and activated; also returns the model and the sheet for the dialog. */
export function generateReport(ss: Spreadsheet, mois: unknown, today: Date = todayInSheet()): { resultat: ReportResult; rapport: MonthlyReport; sheet: Sheet; classeur: Workbook } {
  const month = validateMonth(mois);
  const { grids, owned } = readReportTabs(ss);
  const classeur = readClasseur(grids);
  const rapport = buildMonthlyReport(classeur, month, today, readHistory(grids[TAB.historique]));
  const layout = layoutReport(rapport);
  const tabs = ownedTabs(grids, owned, rapport);
  const name = `${REPORT_TAB_PREFIX}${month}`;
  // Every read before the first write: each read after a write is a flush in Apps Script.
  const existing = ss.getSheetByName(name);
  tabs.forEach(readRoom);
  const atEnd = endPositions(ss, !existing || tabs.some((tab) => !tab.sheet));
  const sheet = withDocumentLock(() => {
    for (const tab of tabs) writeOwnedTab(ss, tab, tab.sheet ? 0 : atEnd());
    const target = reportSheet(ss, name, existing, atEnd);
    writeReportTab(target, layout);
    target.activate();
    return target;
  });
  return { resultat: { feuille: name, meteo: rapport.meteo, alertes: rapport.alertes.length }, rapport, sheet, classeur };
}
