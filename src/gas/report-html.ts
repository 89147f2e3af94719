// HTML of the report dialogs (pure strings, everything escaped): *Rapport prêt* with the PDF and
// e-mail links (SPEC §6), and *Signaux d'alerte* (SPEC §4). Links open in the user's own browser.

import type { Alert } from '../core/alerts/types';
import type { MonthlyReport } from '../core/report/model';
import { plural } from '../core/format';
import { ofMonthLabel, escapeHtml, textHtml } from './ui';

/** Spreadsheet URL without `/edit…` (the base of export and tab links). */
function baseUrl(spreadsheetUrl: string): string {
  return spreadsheetUrl.replace(/\/(edit|view|copy)([?#].*)?$/, '').replace(/[?#].*$/, '');
}

/** PDF export of one tab: A4 portrait, fit to width, no gridlines, titles or page numbers. */
export function pdfUrl(spreadsheetUrl: string, gid: number): string {
  return `${baseUrl(spreadsheetUrl)}/export?format=pdf&gid=${gid}&size=A4&portrait=true&fitw=true&gridlines=false`
    + '&printtitle=false&sheetnames=false&pagenum=UNDEFINED&fzr=false&top_margin=0.4&bottom_margin=0.4&left_margin=0.4&right_margin=0.4';
}

/** Link that opens the tab in the spreadsheet. */
export function tabUrl(spreadsheetUrl: string, gid: number): string {
  return `${baseUrl(spreadsheetUrl)}/edit#gid=${gid}`;
}

/** `mailto:` to the consultant: subject `Rapport mensuel — {Projet} — {mois}`, the five-line synthesis and the tab URL. */
export function mailtoUrl(email: string, rapport: MonthlyReport, lienOnglet: string): string {
  const subject = `Rapport mensuel — ${rapport.projet || 'Projet'} — ${rapport.moisLibelle}`;
  const body = ['Bonjour,', '', `Voici le rapport mensuel ${ofMonthLabel(rapport.moisLibelle)} :`, '', ...rapport.synthese, '',
    `Le rapport complet : ${lienOnglet}`, '', 'Bien cordialement,'].join('\r\n');
  return `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Body of the *Rapport prêt* dialog. */
export function reportReadyHtml(rapport: MonthlyReport, feuille: string, pdf: string, mailto: string, email: string): string {
  const synthese = rapport.synthese.map((line) => `<li>${textHtml(line)}</li>`).join('');
  const destinataire = email.trim() === ''
    ? '<p class="muted">Astuce : renseignez «&nbsp;E-mail du consultant&nbsp;» dans l’onglet Cadrage pour l’adresser au consultant en un clic.</p>'
    : `<p class="muted">L’e-mail s’ouvre dans votre messagerie, adressé à ${escapeHtml(email)}, avec la synthèse et le lien du rapport.</p>`;
  return `<h2>${textHtml(rapport.titre)}</h2>`
    + `<p>Le rapport ${textHtml(ofMonthLabel(rapport.moisLibelle))} est prêt dans l’onglet ${textHtml(`« ${feuille} »`)}.</p>`
    + `<h3>En bref</h3><ul>${synthese}</ul>`
    + `<p><a class="button" href="${escapeHtml(pdf)}" target="_blank" rel="noopener">Télécharger le PDF</a>`
    + `<a class="button secondary" href="${escapeHtml(mailto)}" target="_blank" rel="noopener">Envoyer par e-mail</a>`
    + '<button class="secondary" onclick="google.script.host.close()">Fermer</button></p>'
    + destinataire;
}

function alerteHtml(a: Alert): string {
  const cells = a.cellules.length === 0 ? ''
    : `<div>Cellules concernées : ${a.cellules.map((c) => `<span class="cells">${escapeHtml(c)}</span>`).join(' ')}</div>`;
  const niveau = a.niveau === 'rouge' ? 'rouge' : 'orange';
  return `<li class="niveau-${niveau}"><div><span class="pastille ${niveau}">${niveau === 'rouge' ? 'Rouge' : 'Orange'}</span>`
    + `<strong>${textHtml(a.signal)}</strong></div>`
    + `<div>${textHtml(a.message)}</div>${cells}<div class="muted">À faire : ${textHtml(a.conseil)}</div></li>`;
}

/** Body of the *Signaux d'alerte* dialog: each alert with its cells and what to do, or a reassuring word. */
export function signalsHtml(rapport: MonthlyReport): string {
  const { problemes, lignesIgnorees: ignorees } = rapport;
  const head = `<p>Météo ${textHtml(ofMonthLabel(rapport.moisLibelle))} : <strong>${escapeHtml(rapport.meteo)}</strong>.</p>`;
  const list = rapport.alertes.length === 0
    ? '<p>Aucun signal d’alerte : le projet avance sans dérive visible. Continuez le point hebdo et la saisie des mesures chaque semaine.</p>'
    : `<ul class="alertes">${rapport.alertes.map(alerteHtml).join('')}</ul>`;
  const shown = problemes.slice(0, 10).map((p) => `<li>${textHtml(p.message)}</li>`).join('');
  const more = problemes.length > 10 ? `<li>… et ${plural(problemes.length - 10, 'autre')}</li>` : '';
  const lecture = problemes.length === 0 ? ''
    : `<h3>Lignes à corriger (${ignorees} ignorée${ignorees > 1 ? 's' : ''} par Boussole)</h3><ul>${shown}${more}</ul>`;
  return head + list + lecture + '<div class="actions"><button class="secondary" onclick="google.script.host.close()">Fermer</button></div>';
}
