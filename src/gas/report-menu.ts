// Menu flows around the report: the month prompt (re-asked until valid or cancelled), the
// *Rapport prêt* dialog, and *Vérifier les signaux d'alerte* for the current month.

import { monthKey, monthLabelFr, suggestedReportMonth } from '../core/months';
import { buildMonthlyReport } from '../core/report/model';
import { askUntilValid } from './prompt';
import { readWorkbook } from './read';
import { generateReport, validateMonth, type ReportResult } from './report';
import { mailtoUrl, pdfUrl, reportReadyHtml, signalsHtml, tabUrl } from './report-html';
import { ofMonthLabel, showDialog, toast } from './ui';
import { todayInSheet } from './zone';

/** Asks for the month until it is valid; null when the user cancels or closes the prompt. */
function askMonth(today: Date): string | null {
  const suggested = suggestedReportMonth(today);
  return askUntilValid('Générer le rapport mensuel', `Mois du rapport, au format AAAA-MM (laisser vide pour ${suggested}) :`, suggested, validateMonth);
}

/** Menu: Générer le rapport mensuel — prompt, generation, then the *Rapport prêt* dialog. */
export function generateReportFromMenu(today: Date = todayInSheet()): ReportResult | undefined {
  const mois = askMonth(today);
  if (mois === null) return undefined;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  toast(ss, `Rédaction du rapport ${ofMonthLabel(monthLabelFr(mois))}…`, -1);
  const { resultat, rapport, sheet, classeur } = generateReport(ss, mois, today);
  const url = ss.getUrl();
  const gid = sheet.getSheetId();
  const email = classeur.cadrage.emailConsultant;
  const html = reportReadyHtml(rapport, resultat.feuille, pdfUrl(url, gid), mailtoUrl(email, rapport, tabUrl(url, gid)), email);
  toast(ss, `Rapport ${ofMonthLabel(rapport.moisLibelle)} prêt dans l’onglet « ${resultat.feuille} ».`);
  showDialog('Rapport prêt', html, 560, 460);
  return resultat;
}

/** Scriptable variant (sidebar, tests): no dialog; a bad month throws a French UserError. */
export function generateReportFor(mois: unknown, today: Date = todayInSheet()): ReportResult {
  return generateReport(SpreadsheetApp.getActiveSpreadsheet(), mois, today).resultat;
}

/** Menu: Vérifier les signaux d'alerte — the current month's alerts in a dialog; writes nothing. */
export function checkSignals(today: Date = todayInSheet()): number {
  const classeur = readWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const rapport = buildMonthlyReport(classeur, monthKey(today), today);
  const n = rapport.alertes.length;
  const title = n === 0 ? 'Aucun signal d’alerte' : `Signaux d’alerte — ${n}`;
  showDialog(title, signalsHtml(rapport), 600, 520);
  return n;
}
