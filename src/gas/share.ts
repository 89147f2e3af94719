// *Partager avec mon consultant* (SPEC §4): checks the e-mail of Cadrage, asks viewer or editor
// in a small dialog, shares with addViewer/addEditor (allowed by spreadsheets.currentonly) and
// explains the three clicks for commenter access, which needs Drive and is left to the user.

import { columnIndex } from '../core/cells';
import { clip } from '../core/quote';
import { rowSchemas } from '../workbook/schemas';
import { shareRoleSchema } from '../workbook/panel-input';
import type { SimpleResult } from '../core/panel/snapshot';
import { readCadrage } from '../workbook/read-cadrage';
import { INPUT_TABS, TAB } from '../contract';
import { grids, readTabs } from './actions/tabs';
import { UserError, withDocumentLock } from './lock';
import { readGrids, type Grids } from './read';
import { escapeHtml, showDialog, textHtml } from './ui';
import { protectHeaders } from './protect';

/** The three clicks for commenter access, shown in the dialog and after sharing. */
const ETAPES_COMMENTATEUR = [
  'Cliquez sur le bouton « Partager » en haut à droite du classeur.',
  'Saisissez l’e-mail du consultant.',
  'Choisissez « Commentateur » dans la liste des rôles, puis cliquez sur « Envoyer ».',
] as const;

/** The consultant's e-mail of Cadrage (from the tabs as read), or a UserError naming its cell. */
function consultantEmail(grids: Grids): string {
  const grid = grids[TAB.cadrage] ?? [];
  const { cadrage, colonnes } = readCadrage(grid, []);
  const row = cadrage.rows.emailConsultant;
  if (row === undefined) {
    throw new UserError('Cadrage : la question « E-mail du consultant » est absente — lancez Initialiser le classeur, puis renseignez-la.');
  }
  const letter = colonnes['Réponse'] ?? 'B';
  const column = columnIndex(letter) - 1;
  const raw = String(grid[row - 1]?.[column] ?? '').trim();
  const cell = `Cadrage!${letter}${row}`;
  if (raw === '') throw new UserError(`${cell} : l’e-mail du consultant est vide — attendu : une adresse comme prenom.nom@cabinet.fr. Rien n’a été partagé.`);
  if (!rowSchemas().EMAIL.safeParse(raw).success) throw new UserError(`${cell} : « ${clip(raw)} » n’est pas une adresse e-mail — attendu : une adresse comme prenom.nom@cabinet.fr. Rien n’a été partagé.`);
  return raw;
}

/** Menu: checks the e-mail, then asks viewer or editor in a dialog (nothing is shared yet). */
export function shareWithConsultantMenu(): void {
  const email = consultantEmail(readGrids(SpreadsheetApp.getActiveSpreadsheet(), [TAB.cadrage]));
  const steps = ETAPES_COMMENTATEUR.map((s) => `<li>${textHtml(s)}</li>`).join('');
  const body = `<h2>Partager avec ${escapeHtml(email)}</h2>
<p>Quel accès donner à votre consultant ? Google lui enverra un e-mail avec le lien du classeur.</p>
<button id="lecteur" onclick="partager('lecteur')">Lecture seule</button>
<button id="editeur" class="secondary" onclick="partager('editeur')">Modification</button>
<button id="fermer" class="secondary" onclick="google.script.host.close()">Annuler</button>
<p id="etat" class="statut" role="status" aria-live="polite"></p>
<p class="muted">Les en-têtes et les colonnes calculées seront protégés par un simple avertissement, pour éviter les fausses manipulations.</p>
<h3>Accès commentateur</h3><p class="muted">Pour qu’il puisse seulement commenter, partagez vous-même : ce rôle passe par Google Drive, auquel Boussole n’a pas accès. En trois clics&nbsp;:</p><ol>${steps}</ol>
<script>function partager(role){var etat=document.getElementById('etat');var boutons=document.querySelectorAll('button');
etat.className='statut muted';etat.textContent='Partage en cours…';boutons.forEach(function(b){b.disabled=true;});
var fermer=document.getElementById('fermer');
google.script.run.withSuccessHandler(function(r){etat.className='statut succes';etat.textContent=r.message;fermer.textContent='Fermer';fermer.disabled=false;})
.withFailureHandler(function(e){etat.className='statut erreur';etat.textContent=boussoleErreur(e);boutons.forEach(function(b){b.disabled=false;});}).boussolePartagerAvecConsultant(role);}</script>`;
  showDialog('Partager avec mon consultant', body, 480, 440);
}

/** True when `email` is already an editor (or the owner) of the classeur, compared case-insensitively. */
function isEditor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, email: string): boolean {
  const wanted = email.toLowerCase();
  return ss.getEditors().some((user) => user.getEmail().toLowerCase() === wanted);
}

/** RPC of the dialog: shares as viewer or editor, then protects headers (warning only). */
export function shareWithConsultant(role: unknown): SimpleResult {
  const parsed = shareRoleSchema().safeParse(role);
  if (!parsed.success) throw new UserError('Accès inconnu — attendu : lecteur ou editeur.');
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // Every input tab read once: Cadrage for the e-mail, all of them for the header protections.
  const onglets = readTabs(ss, INPUT_TABS);
  const email = consultantEmail(grids(onglets));
  return withDocumentLock(() => {
    // « If the user was already on the list of editors, this method has no effect »
    // (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addViewer(String)):
    // an editor asked for read-only access stays editor, and the message must not say otherwise.
    const dejaEditeur = parsed.data === 'lecteur' && isEditor(ss, email);
    if (parsed.data === 'editeur') ss.addEditor(email);
    else if (!dejaEditeur) ss.addViewer(email);
    const nouvelles = protectHeaders(onglets);
    const protections = nouvelles === 0 ? 'Les en-têtes étaient déjà protégés.' : `${nouvelles} protection${nouvelles > 1 ? 's' : ''} d’en-têtes ajoutée${nouvelles > 1 ? 's' : ''} (simple avertissement).`;
    if (dejaEditeur) {
      return { ok: true, message: `${email} a déjà le droit de modification sur ce classeur et le garde (Google ne retire pas un droit en ajoutant un lecteur). Pour ne lui laisser que la lecture, changez son rôle dans « Partager ». ${protections}` };
    }
    const acces = parsed.data === 'editeur' ? 'avec droit de modification' : 'en lecture seule';
    return { ok: true, message: `Classeur partagé avec ${email} ${acces}. ${protections}` };
  });
}
