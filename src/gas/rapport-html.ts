// HTML of the report dialogs (pure strings, everything escaped): *Rapport prêt* with the PDF and
// e-mail links (SPEC §6), and *Signaux d'alerte* (SPEC §4). Links open in the user's own browser.

import type { Alerte } from '../core/alertTypes';
import type { RapportMensuel } from '../core/report';
import { pluriel } from '../core/format';
import { deMois, escapeHtml, texteHtml } from './ui';

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
export function mailtoUrl(email: string, rapport: RapportMensuel, lienOnglet: string): string {
  const subject = `Rapport mensuel — ${rapport.projet || 'Projet'} — ${rapport.moisLibelle}`;
  const body = ['Bonjour,', '', `Voici le rapport mensuel ${deMois(rapport.moisLibelle)} :`, '', ...rapport.synthese, '',
    `Le rapport complet : ${lienOnglet}`, '', 'Bien cordialement,'].join('\r\n');
  return `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Body of the *Rapport prêt* dialog. */
export function rapportPretHtml(rapport: RapportMensuel, feuille: string, pdf: string, mailto: string, email: string): string {
  const synthese = rapport.synthese.map((line) => `<li>${texteHtml(line)}</li>`).join('');
  const destinataire = email.trim() === ''
    ? '<p class="muted">Astuce : renseignez «&nbsp;E-mail du consultant&nbsp;» dans l’onglet Cadrage pour l’adresser au consultant en un clic.</p>'
    : `<p class="muted">L’e-mail s’ouvre dans votre messagerie, adressé à ${escapeHtml(email)}, avec la synthèse et le lien du rapport.</p>`;
  return `<h2>${texteHtml(rapport.titre)}</h2>`
    + `<p>Le rapport ${texteHtml(deMois(rapport.moisLibelle))} est prêt dans l’onglet ${texteHtml(`« ${feuille} »`)}.</p>`
    + `<h3>En bref</h3><ul>${synthese}</ul>`
    + `<p><a class="button" href="${escapeHtml(pdf)}" target="_blank" rel="noopener">Télécharger le PDF</a>`
    + `<a class="button secondary" href="${escapeHtml(mailto)}" target="_blank" rel="noopener">Envoyer par e-mail</a>`
    + '<button class="secondary" onclick="google.script.host.close()">Fermer</button></p>'
    + destinataire;
}

function alerteHtml(a: Alerte): string {
  const cells = a.cellules.length === 0 ? ''
    : `<div>Cellules concernées : ${a.cellules.map((c) => `<span class="cells">${escapeHtml(c)}</span>`).join(' ')}</div>`;
  const niveau = a.niveau === 'rouge' ? 'rouge' : 'orange';
  return `<li class="niveau-${niveau}"><div><span class="pastille ${niveau}">${niveau === 'rouge' ? 'Rouge' : 'Orange'}</span>`
    + `<strong>${texteHtml(a.signal)}</strong></div>`
    + `<div>${texteHtml(a.message)}</div>${cells}<div class="muted">À faire : ${texteHtml(a.conseil)}</div></li>`;
}

/** Body of the *Signaux d'alerte* dialog: each alert with its cells and what to do, or a reassuring word. */
export function signauxHtml(rapport: RapportMensuel): string {
  const { problemes, lignesIgnorees: ignorees } = rapport;
  const head = `<p>Météo ${texteHtml(deMois(rapport.moisLibelle))} : <strong>${escapeHtml(rapport.meteo)}</strong>.</p>`;
  const list = rapport.alertes.length === 0
    ? '<p>Aucun signal d’alerte : le projet avance sans dérive visible. Continuez le point hebdo et la saisie des mesures chaque semaine.</p>'
    : `<ul class="alertes">${rapport.alertes.map(alerteHtml).join('')}</ul>`;
  const shown = problemes.slice(0, 10).map((p) => `<li>${texteHtml(p.message)}</li>`).join('');
  const more = problemes.length > 10 ? `<li>… et ${pluriel(problemes.length - 10, 'autre')}</li>` : '';
  const lecture = problemes.length === 0 ? ''
    : `<h3>Lignes à corriger (${ignorees} ignorée${ignorees > 1 ? 's' : ''} par Boussole)</h3><ul>${shown}${more}</ul>`;
  return head + list + lecture + '<div class="actions"><button class="secondary" onclick="google.script.host.close()">Fermer</button></div>';
}
