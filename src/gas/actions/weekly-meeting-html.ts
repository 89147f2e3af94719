// The body of the « Point hebdo » dialog: the agenda (escaped) and a form whose button sends
// the Journal row to the global `boussoleEnregistrerPointHebdo` through google.script.run.

import { METEOS } from '../../contract';
import { formatDateFr, isoDate } from '../../core/months';
import { plural } from '../../core/format';
import { blockedText, type AgendaAction, type Agenda } from '../../core/planning/weekly-meeting';
import { escapeHtml, textHtml } from '../ui';

/** Actions shown per list at most, then « … et N autres ». */
const LISTE_MAX = 8;

function liste(titre: string, actions: readonly AgendaAction[]): string {
  if (actions.length === 0) return `<h4>${escapeHtml(titre)}</h4><p class="muted">Aucune.</p>`;
  const items = actions.slice(0, LISTE_MAX).map((a) => {
    const parts = [a.id, a.action].filter((p) => p !== '').join(' — ');
    const details = [a.responsable, a.echeance ? `échéance ${formatDateFr(a.echeance)}` : '', a.motif ?? ''].filter((d) => d !== '').join(', ');
    return `<li>${textHtml(parts)}${details ? ` <span class="muted">(${textHtml(details)})</span>` : ''}</li>`;
  });
  if (actions.length > LISTE_MAX) items.push(`<li class="muted">… et ${plural(actions.length - LISTE_MAX, 'autre')}</li>`);
  return `<h4>${escapeHtml(titre)} (${actions.length})</h4><ul>${items.join('')}</ul>`;
}

const SCRIPT = `<script>
function save(){var f=document.getElementById('f');var b=document.getElementById('ok');var s=document.getElementById('statut');
b.disabled=true;s.className='statut muted';s.textContent='Enregistrement dans le Journal…';
var payload={date:f.date.value,meteo:f.meteo.value,decisions:f.decisions.value,blocages:f.blocages.value,participants:f.participants.value};
google.script.run.withSuccessHandler(function(r){s.textContent=r.message;s.className='statut '+(r.ok?'succes':'erreur');if(!r.ok){b.disabled=false;}else{b.textContent='Enregistré';}})
.withFailureHandler(function(e){s.className='statut erreur';s.textContent='Erreur : '+(e&&e.message?e.message:e);b.disabled=false;})
.boussoleEnregistrerPointHebdo(payload);return false;}
</script>`;

/** The dialog body for `agenda` (everything user-typed is escaped). */
export function weeklyMeetingHtml(agenda: Agenda): string {
  const options = METEOS.map((m) => `<option${m === agenda.meteo ? ' selected' : ''}>${escapeHtml(m)}</option>`).join('');
  return [
    '<form id="f" onsubmit="return save()">',
    `<h2>Point hebdo du ${escapeHtml(formatDateFr(agenda.date))} — ${agenda.duree} min</h2>`,
    `<h3>1. Météo (5 min)</h3><p>Météo du projet : <strong>${escapeHtml(agenda.meteo)}</strong></p>`,
    '<h3>2. Actions (15 min)</h3>',
    liste('Faites depuis le dernier point', agenda.faites),
    liste('En cours', agenda.enCours),
    liste('Bloquées', agenda.bloquees),
    liste('À échéance cette semaine', agenda.cetteSemaine),
    '<h3>3. Problèmes à résoudre (10 min)</h3>',
    liste('Bloquées ou en retard', agenda.problemes),
    '<h3>Compte rendu pour le Journal</h3>',
    `<input type="hidden" name="date" value="${escapeHtml(isoDate(agenda.date))}">`,
    `<p><label>Météo <select name="meteo">${options}</select></label></p>`,
    '<p><label>Décisions<textarea name="decisions" rows="3" placeholder="Qui fait quoi, pour quand"></textarea></label></p>',
    `<p><label>Blocages<textarea name="blocages" rows="3">${escapeHtml(blockedText(agenda))}</textarea></label></p>`,
    `<p><label>Participants<input name="participants" value="${escapeHtml(agenda.participants.join(', '))}"></label></p>`,
    '<div class="actions"><button id="ok" type="submit">Enregistrer dans le Journal</button>',
    '<button type="button" class="secondary" onclick="google.script.host.close()">Fermer</button>',
    '<p id="statut" class="statut muted" role="status" aria-live="polite"></p></div></form>',
    SCRIPT,
  ].join('\n');
}
