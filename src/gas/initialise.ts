// Initialiser le classeur (SPEC §4): every missing tab of §2 with headers, formats, dropdowns,
// notes, conditional formats, Backlog array formulas, rituals and dashboard, and (v2) Historique,
// the hidden snapshot tab and Plan's Objectif dropdown. Writes only what is missing: idempotent.

import { TAB, TABLES } from '../contract';
import { localeSafeFormula } from '../core/formulas/syntax';
import { columnLetter } from './cells';
import { addRulesIfNone, budgetRules, planRules } from './conditional';
import { initCadrage } from './init-cadrage';
import { initGouvernance } from './init-governance';
import { writeObjectiveDropdown } from './init-objective';
import { readObjectiveLabels } from '../workbook/objective-labels';
import { initTable, sheetOrCreate, type TabOutcome } from './init-table';
import { withDocumentLock } from './lock';
import { RuleCache } from './table-format';
import { toast } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One array formula per computed Backlog column (SPEC §5): one execution per column. */
function backlogFormulas(columnOf: Record<string, number>): Array<{ column: number; formula: string }> {
  const c = (header: string) => columnLetter(columnOf[header] ?? 1);
  const open = (header: string) => `${c(header)}2:${c(header)}`;
  return [
    { column: columnOf['Score'] ?? 1, formula: `=BOUSSOLE_SCORE(${open('Valeur métier')},${open('Complexité')},${open('Urgence réelle')})` },
    { column: columnOf['Quadrant'] ?? 1, formula: `=BOUSSOLE_QUADRANT(${open('Impact')},${open('Faisabilité')})` },
  ];
}

/**
 * Puts each computed formula in row 2 when that cell is empty; never overwrites a value.
 * Row 2 of the columns' span is read once (formulas and values) rather than cell by cell.
 */
function placeBacklogFormulas(sheet: Sheet, columnOf: Record<string, number>): void {
  const formulas = backlogFormulas(columnOf);
  const first = Math.min(...formulas.map((f) => f.column));
  const span = sheet.getRange(2, first, 1, Math.max(...formulas.map((f) => f.column)) - first + 1);
  const existing = span.getFormulas()[0] ?? [];
  const values = span.getValues()[0] ?? [];
  for (const { column, formula } of formulas) {
    const at = column - first;
    if ((existing[at] ?? '') === '' && (values[at] ?? '') === '') sheet.getRange(2, column).setFormula(localeSafeFormula(formula));
  }
}

/** Hook filled by the dashboard module: builds `Tableau de bord` on a new tab. */
export type DashboardBuilder = (ss: Spreadsheet, sheet: Sheet) => void;
/** Hook completing an existing `Tableau de bord` (v2 synthesis block); returns what it added. */
export type DashboardCompleter = (ss: Spreadsheet, sheet: Sheet) => string[];

/** Creates or completes every tab; returns what changed. */
export function initialiseWorkbook(ss: Spreadsheet, buildDashboard?: DashboardBuilder, completeDashboard?: DashboardCompleter): TabOutcome[] {
  const rules = new RuleCache();
  const outcomes: TabOutcome[] = [initCadrage(ss, rules)];
  const objectifs = initTable(ss, TAB.objectifs, TABLES.objectifs, rules, { fullGrid: true });
  outcomes.push(objectifs);
  outcomes.push(initTable(ss, TAB.mesures, TABLES.mesures, rules));
  const backlog = initTable(ss, TAB.backlog, TABLES.backlog, rules);
  placeBacklogFormulas(backlog.sheet, backlog.layout.columnOf);
  outcomes.push(backlog);
  const plan = initTable(ss, TAB.plan, TABLES.plan, rules);
  addRulesIfNone(plan.sheet, () => planRules(plan.sheet, plan.layout.columnOf, plan.layout.headers.length, plan.dataRows));
  const objectif = plan.layout.columnOf['Objectif'] ?? 1;
  writeObjectiveDropdown(plan.sheet, objectif, plan.dataRows, readObjectiveLabels(objectifs.grid), plan.head.validations[objectif - 1]);
  outcomes.push(plan);
  const budget = initTable(ss, TAB.budget, TABLES.budget, rules);
  addRulesIfNone(budget.sheet, () => budgetRules(budget.sheet, budget.layout.columnOf, budget.layout.headers.length, budget.dataRows));
  outcomes.push(budget);
  outcomes.push(initGouvernance(ss, rules));
  outcomes.push(initTable(ss, TAB.journal, TABLES.journal, rules));
  const dashboard = sheetOrCreate(ss, TAB.tableau);
  if (dashboard.created && buildDashboard) buildDashboard(ss, dashboard.sheet);
  const added = !dashboard.created && completeDashboard ? completeDashboard(ss, dashboard.sheet) : [];
  outcomes.push({ name: TAB.tableau, created: dashboard.created, appended: added });
  outcomes.push(initTable(ss, TAB.historique, TABLES.historique, rules, { owned: true }));
  initTable(ss, TAB.instantanes, TABLES.instantanes, rules, { owned: true, hidden: true }); // technical: not in the toast
  return outcomes;
}

/** The closing toast: what was created or completed, or that nothing changed. */
function describeOutcomes(outcomes: readonly TabOutcome[]): string {
  const created = outcomes.filter((o) => o.created).map((o) => o.name);
  const completed = outcomes.filter((o) => o.appended.length > 0).map((o) => `${o.name} (${o.appended.join(', ')})`);
  if (created.length === 0 && completed.length === 0) return 'Le classeur était déjà prêt : rien n’a été modifié.';
  const parts: string[] = [];
  if (created.length > 0) parts.push(`${created.length} onglet${created.length > 1 ? 's' : ''} créé${created.length > 1 ? 's' : ''} : ${created.join(', ')}`);
  if (completed.length > 0) parts.push(`complété${completed.length > 1 ? 's' : ''} : ${completed.join(' ; ')}`);
  return `Classeur initialisé — ${parts.join(' ; ')}.`;
}

/** Menu action: Initialiser le classeur. */
export function initialise(buildDashboard?: DashboardBuilder, completeDashboard?: DashboardCompleter): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  toast(ss, 'Préparation des onglets, listes et formats… (jusqu’à une minute)', -1);
  const message = withDocumentLock(() => describeOutcomes(initialiseWorkbook(ss, buildDashboard, completeDashboard)));
  toast(ss, message, 10);
  return message;
}
