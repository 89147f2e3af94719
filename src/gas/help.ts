// *Aide et mini-formation* (SPEC §4): the help sidebar, and the RPC that opens a tab from it.

import type { SimpleResult } from '../core/panel/snapshot';
import { INPUT_TABS, REPORT_TAB_PREFIX, TAB } from '../contract';
import { UserError } from './lock';

/** Shows the help sidebar (bundled sidebar/Aide.html). */
export function openHelp(): void {
  const output = HtmlService.createHtmlOutputFromFile('Aide').setTitle('Boussole — aide');
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
