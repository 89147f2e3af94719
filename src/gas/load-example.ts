// Menu action « Charger un exemple » (SPEC §4): fills an empty classeur with the fictional PME of
// src/core/example.ts. Refuses when an input tab already holds data; runs Initialiser first when
// tabs or columns are missing; writes one setValues per block under the document lock.

import { exampleGrids, exampleStart } from '../core/example/workbook';
import { addMonths, monthLabelFr, monthKey } from '../core/months';
import { CADRAGE_QUESTIONS, INPUT_TABS, TAB, TABLE_OF_TAB, TABLES } from '../contract';
import { ritualsHeaderAt } from '../workbook/read-governance';
import { normalize } from '../core/text';
import { exampleBlocks, tabsWithData, type Block } from '../workbook/example-blocks';
import { layoutTable } from '../workbook/layout';
import { grids, readTabs, type TabData } from './actions/tabs';
import { ensureSize, writeValues } from './cells';
import { initialiseWorkbook, type DashboardBuilder } from './initialise';
import { refreshObjectiveDropdown } from './init-objective';
import { UserError, withDocumentLock } from './lock';
import type { Grids } from './read';
import { toast } from './ui';
import { todayInSheet } from './zone';

/** True when a tab is missing or lacks a contract column (Initialiser has work to do). */
function needsInitialiser(grids: Grids): boolean {
  return INPUT_TABS.some((tab) => {
    const grid = grids[tab];
    if (!grid) return true;
    if (tab === TAB.gouvernance) return ritualsHeaderAt(grid) < 0;
    if (tab === TAB.cadrage) {
      const questions = new Set(grid.map((row) => normalize(row[0])));
      return CADRAGE_QUESTIONS.some((q) => !questions.has(normalize(q.question)));
    }
    const table = TABLE_OF_TAB[tab];
    return table !== undefined && layoutTable(grid[0] ?? [], TABLES[table]).appended.length > 0;
  });
}

/** Writes each example block into its input tab (as read), user text kept as the cell's format wants it. */
function writeBlocs(onglets: ReadonlyMap<string, TabData>, blocs: readonly Block[]): void {
  for (const bloc of blocs) {
    const sheet = onglets.get(bloc.onglet)?.sheet;
    const width = bloc.values[0]?.length ?? 0;
    if (!sheet || width === 0) continue;
    ensureSize(sheet, bloc.row + bloc.values.length - 1, bloc.column + width - 1);
    writeValues(sheet.getRange(bloc.row, bloc.column, bloc.values.length, width), bloc.values);
  }
}

/** The refusal shown on a classeur that already holds data. */
function refusalMessage(onglets: readonly string[]): string {
  const liste = onglets.map((o) => `« ${o} »`).join(', ');
  return `Le classeur contient déjà des données (${liste}) : l’exemple ne s’installe que dans un classeur vide, pour ne rien effacer.\n\n`
    + 'Pour le découvrir, créez un nouveau classeur Google Sheets, puis Extensions › Boussole › Charger un exemple.';
}

/** Menu action: loads the example; returns the closing message. */
export function loadExample(buildDashboard?: DashboardBuilder, today: Date = todayInSheet()): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const onglets = readTabs(ss, INPUT_TABS);
  const tabGrids = grids(onglets);
  const filled = tabsWithData(tabGrids);
  if (filled.length > 0) throw new UserError(refusalMessage(filled));
  const example = exampleGrids(today);
  toast(ss, 'Chargement de l’exemple… (jusqu’à une minute)', -1);
  withDocumentLock(() => {
    let tabs = onglets;
    if (needsInitialiser(tabGrids)) {
      initialiseWorkbook(ss, buildDashboard);
      tabs = readTabs(ss, INPUT_TABS);
    }
    writeBlocs(tabs, exampleBlocks(grids(tabs), example));
    refreshObjectiveDropdown(ss); // Plan › Objectif lists the example's objectives
    // The dashboard lists postes, channels and objectives: rebuild it for the new data.
    const dashboard = ss.getSheetByName(TAB.tableau);
    if (dashboard && buildDashboard) buildDashboard(ss, dashboard);
  });
  const start = exampleStart(today);
  const moisRapport = monthLabelFr(addMonths(monthKey(today), -1));
  const count = (tab: string) => (example[tab]?.length ?? 1) - 1;
  const message = `Exemple chargé : Menuiserie Lambert & Fils, feuille de route depuis ${monthLabelFr(start)} — `
    + `${count(TAB.plan)} actions, ${count(TAB.backlog)} idées, ${count(TAB.mesures)} mesures hebdomadaires. `
    + `Essayez Extensions › Boussole › Générer le rapport mensuel pour ${moisRapport}.`;
  toast(ss, message, 10);
  return message;
}
