// Menu flows around the report: the month prompt (re-asked until valid or cancelled), the
// *Rapport prêt* dialog, and *Vérifier les signaux d'alerte* for the current month.

import { monthKey, monthLabelFr, suggestedReportMonth } from '../core/months';
import { buildMonthlyReport } from '../core/report';
import { UserError } from './lock';
import { lireClasseur } from './read';
import { genererRapport, validerMois, type ResultatRapport } from './rapport';
import { mailtoUrl, pdfUrl, rapportPretHtml, signauxHtml, tabUrl } from './rapport-html';
import { deMois, showDialog, toast } from './ui';

/** Asks for the month until it is valid; null when the user cancels or closes the prompt. */
function demanderMois(today: Date): string | null {
  const ui = SpreadsheetApp.getUi();
  const suggested = suggestedReportMonth(today);
  let intro = '';
  for (;;) {
    const response = ui.prompt('Générer le rapport mensuel',
      `${intro}Mois du rapport, au format AAAA-MM (laisser vide pour ${suggested}) :`, ui.ButtonSet.OK_CANCEL);
    if (response.getSelectedButton() !== ui.Button.OK) return null;
    const text = response.getResponseText().trim() || suggested;
    try {
      return validerMois(text);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      intro = `${error.message}\n\n`;
    }
  }
}

/** Menu: Générer le rapport mensuel — prompt, generation, then the *Rapport prêt* dialog. */
export function genererRapportMenu(today: Date = new Date()): ResultatRapport | undefined {
  const mois = demanderMois(today);
  if (mois === null) return undefined;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  toast(ss, `Rédaction du rapport ${deMois(monthLabelFr(mois))}…`, -1);
  const { resultat, rapport, sheet, classeur } = genererRapport(ss, mois, today);
  const url = ss.getUrl();
  const gid = sheet.getSheetId();
  const email = classeur.cadrage.emailConsultant;
  const html = rapportPretHtml(rapport, resultat.feuille, pdfUrl(url, gid), mailtoUrl(email, rapport, tabUrl(url, gid)), email);
  toast(ss, `Rapport ${deMois(rapport.moisLibelle)} prêt dans l’onglet « ${resultat.feuille} ».`);
  showDialog('Rapport prêt', html, 560, 460);
  return resultat;
}

/** Scriptable variant (sidebar, tests): no dialog; a bad month throws a French UserError. */
export function genererRapportPour(mois: unknown, today: Date = new Date()): ResultatRapport {
  return genererRapport(SpreadsheetApp.getActiveSpreadsheet(), mois, today).resultat;
}

/** Menu: Vérifier les signaux d'alerte — the current month's alerts in a dialog; writes nothing. */
export function verifierSignaux(today: Date = new Date()): number {
  const classeur = lireClasseur(SpreadsheetApp.getActiveSpreadsheet());
  const rapport = buildMonthlyReport(classeur, monthKey(today), today);
  const n = rapport.alertes.length;
  const title = n === 0 ? 'Aucun signal d’alerte' : `Signaux d’alerte — ${n}`;
  showDialog(title, signauxHtml(rapport), 600, 520);
  return n;
}
