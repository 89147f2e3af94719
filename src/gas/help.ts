// *Aide et mini-formation* (SPEC §4): the help sidebar, the RPC that opens a tab from it, and the
// *Check-list stratégique* it shows (SPEC §6 v2), read from the five tabs it judges.

import type { SimpleResult } from '../core/panel/snapshot';
import { INPUT_TABS, REPORT_TAB_PREFIX, TAB } from '../contract';
import { buildChecklist, type Checklist } from '../core/checklist/checklist';
import { readClasseur } from '../workbook/reader';
import { UserError } from './lock';
import { readGrids } from './read';
import { withViewport } from './ui';

/** Shows the help sidebar (bundled sidebar/Aide.html). */
export function openHelp(): void {
  const output = withViewport(HtmlService.createHtmlOutputFromFile('Aide').setTitle('Boussole — aide'));
  SpreadsheetApp.getUi().showSidebar(output);
}

/** Activates one of Boussole's tabs (input tabs, dashboard, `Portefeuille`, `Rapport AAAA-MM`). */
export function openTab(nom: unknown): SimpleResult {
  const connus: readonly string[] = [...INPUT_TABS, TAB.tableau, TAB.portefeuille];
  const onglet = typeof nom === 'string' ? nom : '';
  const connu = connus.includes(onglet) || new RegExp(`^${REPORT_TAB_PREFIX}\\d{4}-\\d{2}$`).test(onglet);
  if (!connu) throw new UserError(`Onglet inconnu — attendu : ${connus.join(', ')} ou un rapport.`);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(onglet);
  const menu = onglet === TAB.portefeuille ? 'Créer un portefeuille consultant' : 'Initialiser le classeur';
  if (!sheet) throw new UserError(`L’onglet « ${onglet} » n’existe pas encore : lancez Extensions › Boussole › ${menu}.`);
  sheet.activate();
  return { ok: true, message: `Onglet « ${onglet} » ouvert.` };
}

/** The tabs the check-list judges. */
const CHECKLIST_TABS = [TAB.cadrage, TAB.backlog, TAB.plan, TAB.budget, TAB.gouvernance];

/** Sidebar RPC: the check-list of the classeur as it is now (one read per tab, no write). */
export function readChecklist(): Checklist {
  return buildChecklist(readClasseur(readGrids(SpreadsheetApp.getActiveSpreadsheet(), CHECKLIST_TABS)));
}
