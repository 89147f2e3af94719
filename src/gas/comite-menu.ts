// Menu flow of Préparer le comité trimestriel (SPEC §4 v2): the quarter prompt (re-asked until valid
// or cancelled), the generation, then a toast and a *Comité prêt* dialog with the PDF link.

import { suggestedQuarter } from '../core/comite/quarter';
import { generateComite, validateQuarter, type ComiteResult } from './comite';
import { askUntilValid } from './prompt';
import { pdfUrl } from './report-html';
import { escapeHtml, showDialog, textHtml, toast } from './ui';
import { todayInSheet } from './zone';

/** Asks for the quarter until it is valid; null when the user cancels or closes the prompt. */
function askQuarter(today: Date): string | null {
  const suggested = suggestedQuarter(today);
  return askUntilValid('Préparer le comité trimestriel', `Trimestre du comité, au format AAAA-Tn (laisser vide pour ${suggested}) :`, suggested, validateQuarter);
}

/** Menu: Préparer le comité trimestriel — prompt, generation, toast and the *Comité prêt* dialog. */
export function generateComiteFromMenu(today: Date = todayInSheet()): ComiteResult | undefined {
  const trimestre = askQuarter(today);
  if (trimestre === null) return undefined;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  toast(ss, `Préparation du comité ${trimestre}…`, -1);
  const { resultat, comite, sheet } = generateComite(ss, trimestre, today);
  const message = `Le comité du ${comite.libelle} est prêt dans l’onglet « ${resultat.feuille} » (une page A4).`;
  toast(ss, message);
  const pdf = pdfUrl(ss.getUrl(), sheet.getSheetId());
  showDialog('Comité prêt', `<p>${textHtml(message)}</p><p><a class="button" href="${escapeHtml(pdf)}" target="_blank" rel="noopener">Télécharger en PDF</a></p>`, 460, 200);
  return resultat;
}

/** Scriptable variant (tests, marketplace): no dialog; a bad quarter throws a French UserError. */
export function generateComiteFor(trimestre: unknown, today: Date = todayInSheet()): ComiteResult {
  return generateComite(SpreadsheetApp.getActiveSpreadsheet(), trimestre, today).resultat;
}
