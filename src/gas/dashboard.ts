// Writes `Tableau de bord` (SPEC §2) from the pure layout: one setValues for every cell and
// formula, one RangeList call per number format and per style, one builder per chart. The number of
// calls does not depend on the rows of the input tabs. Menu: Actualiser le tableau de bord.

import { localeSafeFormula } from '../core/formulas/syntax';
import { MONTH_CELL, dashboardLayout, type DashboardLayout, type Style } from '../core/dashboard/layout';
import { SYNTHESIS_LAST_COLUMN } from '../core/dashboard/synthesis';
import { plural } from '../core/format';
import { isDate } from '../core/months';
import type { Workbook } from '../core/types';
import { SYNTHESE_RANGE_NAME, TAB } from '../contract';
import { readClasseur } from '../workbook/reader';
import { columnLetter, ensureSize, writeValues } from './cells';
import { prepareObjectiveDropdown } from './init-objective';
import { withDocumentLock } from './lock';
import { readGrids } from './read';
import { addSynthesisIfMissing, writeSynthesis } from './synthesis';
import { toast } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOOK: Record<Style, { bold?: boolean; color?: string; background?: string }> = {
  titre: { bold: true, color: '#1a3d6d' },
  section: { bold: true, color: '#1a3d6d' },
  entete: { bold: true, background: '#e8eef7' },
  total: { bold: true },
  aide: { color: '#888888' },
  normal: {},
};

/** A1 ranges of the cells where `pick` gives `key`, merged into horizontal runs per row. */
function runsBy<T>(grid: T[][], pick: (value: T) => string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  grid.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c += 1) {
      const key = pick(row[start] as T);
      if (c < row.length && pick(row[c] as T) === key) continue;
      if (key !== null) {
        const a1 = `${columnLetter(start + 1)}${r + 1}${c - 1 > start ? `:${columnLetter(c)}${r + 1}` : ''}`;
        const list = out.get(key);
        if (list) list.push(a1);
        else out.set(key, [a1]);
      }
      start = c;
    }
  });
  return out;
}

function applyLooks(sheet: Sheet, layout: DashboardLayout): void {
  const each = (pick: (s: Style) => string | null, apply: (list: GoogleAppsScript.Spreadsheet.RangeList, key: string) => void) => {
    for (const [key, a1s] of runsBy(layout.styles, pick)) apply(sheet.getRangeList(a1s), key);
  };
  each((s) => (LOOK[s].bold ? 'bold' : null), (list) => list.setFontWeight('bold'));
  each((s) => LOOK[s].color ?? null, (list, color) => list.setFontColor(color));
  each((s) => LOOK[s].background ?? null, (list, color) => list.setBackground(color));
  for (const [format, a1s] of runsBy(layout.formats, (f) => (f === 'General' ? null : f))) sheet.getRangeList(a1s).setNumberFormat(format);
}

function insertCharts(sheet: Sheet, layout: DashboardLayout): void {
  for (const spec of layout.graphiques) {
    const builder = sheet.newChart().setChartType(Charts.ChartType[spec.type]);
    for (const plage of spec.plages) builder.addRange(sheet.getRange(plage));
    builder.setNumHeaders(1).setPosition(spec.ligne, spec.colonne, 0, 0).setOption('title', spec.titre).setOption('legend', { position: 'bottom' });
    sheet.insertChart(builder.build());
  }
}

/** Empties the tab (contents, formats, charts) and writes the layout. */
export function writeDashboard(sheet: Sheet, layout: DashboardLayout): void {
  // Reads first (charts, grid size), so no read follows a write (each such read is a flush).
  const charts = sheet.getCharts();
  const size = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
  sheet.clear();
  for (const chart of charts) sheet.removeChart(chart);
  ensureSize(sheet, layout.hauteur, Math.max(layout.largeur, 20, SYNTHESIS_LAST_COLUMN), size);
  applyLooks(sheet, layout);
  const isFormula = (r: number, c: number): boolean => Boolean(layout.formules[r]?.[c]);
  const values = layout.valeurs.map((row, r) => row.map((v, c) => (isFormula(r, c) ? localeSafeFormula(String(v)) : v)));
  writeValues(sheet.getRange(1, 1, layout.hauteur, layout.largeur), values, { isFormula, formats: layout.formats });
  sheet.setColumnWidth(1, 260);
  sheet.setColumnWidths(2, layout.largeur - 1, 135);
  insertCharts(sheet, layout);
}

/** The tabs the dashboard's formulas point at (Objectifs are checked against Mesures columns), the check-list's, and Journal for the synthesis. */
const TABS_LUS = [TAB.plan, TAB.budget, TAB.mesures, TAB.objectifs, TAB.cadrage, TAB.backlog, TAB.gouvernance, TAB.journal];

/** The classeur as the dashboard needs it: only the tabs it lays out, one read each. */
function readForDashboard(ss: Spreadsheet): Workbook {
  return readClasseur(readGrids(ss, TABS_LUS));
}

/** The same, with the raw Objectifs grid (for the Plan › Objectif dropdown). */
function readForRefresh(ss: Spreadsheet): { classeur: Workbook; objectifs: unknown[][] | undefined } {
  const grids = readGrids(ss, TABS_LUS);
  return { classeur: readClasseur(grids), objectifs: grids[TAB.objectifs] };
}

/** Initialiser's hook: builds the dashboard of the classeur as it is now on a (new) tab. */
export function buildDashboard(ss: Spreadsheet, sheet: Sheet): void {
  const classeur = readForDashboard(ss);
  writeDashboard(sheet, dashboardLayout(classeur));
  writeSynthesis(ss, sheet, classeur);
}

/** Initialiser's hook for an existing tab: adds the v2 synthesis block (BOUSSOLE_SYNTHESE) when missing. */
export function completeDashboard(ss: Spreadsheet, sheet: Sheet): string[] {
  return addSynthesisIfMissing(ss, sheet, () => readForDashboard(ss)) ? ['synthèse pour le portefeuille'] : [];
}

/** A month the user typed in the month cell (a date, not our TODAY formula), kept on rebuild. */
function typedMonth(sheet: Sheet, a1: string): Date | null {
  const cell = sheet.getRange(a1);
  if (cell.getFormula() !== '') return null;
  const value: unknown = cell.getValue();
  return isDate(value) ? value : null;
}

/**
 * Menu: Actualiser le tableau de bord — rebuilds that tab only, keeping a month the user chose, and
 * refreshes Plan › Objectif's dropdown from the current objectives (SPEC §2 v2).
 */
export function refreshDashboard(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { classeur, objectifs } = readForRefresh(ss);
  const existing = ss.getSheetByName(TAB.tableau);
  const mois = existing ? typedMonth(existing, MONTH_CELL) : null;
  const layout = dashboardLayout(classeur, { mois });
  const writeDropdown = prepareObjectiveDropdown(ss, objectifs);
  const named = ss.getRangeByName(SYNTHESE_RANGE_NAME) !== null;
  toast(ss, 'Actualisation du tableau de bord…', -1);
  withDocumentLock(() => {
    const sheet = existing ?? ss.insertSheet(TAB.tableau);
    writeDashboard(sheet, layout);
    writeSynthesis(ss, sheet, classeur, named);
    writeDropdown?.();
  });
  const message = `Tableau de bord actualisé : ${plural(classeur.plan.length, 'action')}, ${plural(classeur.budget.length, 'poste')}, `
    + `${plural(classeur.objectifs.length, 'objectif')} ; les formules suivent vos saisies en direct.`;
  toast(ss, message, 8);
  return message;
}
