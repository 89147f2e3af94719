// The Journal part of the meeting dialog (SPEC §4 v2): date, météo, decisions, blocages,
// participants, Moral de l'équipe, the week's feedback with its backlog box, the sentence about
// the Prochaine date, and the script that sends it all to `boussoleEnregistrerPointHebdo`.

import { METEOS } from '../../contract';
import { isoDate } from '../../core/months';
import type { MeetingAgendas, RitualAgenda } from '../../core/planning/meeting-types';
import { escapeHtml, textHtml } from '../ui';
import { MEETING_SCRIPT } from './meeting-script';

const MORALS = ['1 — équipe démotivée', '2', '3', '4', '5 — très motivée'];

const error = (field: string) => `<span class="erreur" id="e-${field}" role="alert" hidden></span>`;
const area = (name: string, label: string, value = '', placeholder = '') =>
  `<p><label for="c-${name}">${textHtml(label)}</label><textarea id="c-${name}" name="${name}" rows="2" maxlength="2000"`
  + `${placeholder ? ` placeholder="${escapeHtml(placeholder)}"` : ''}>${escapeHtml(value)}</textarea>${error(name)}</p>`;

/** The form under the agendas, pre-filled for the ritual selected on opening. */
export function meetingForm(m: MeetingAgendas, r: RitualAgenda | undefined): string {
  const meteos = METEOS.map((x) => `<option${x === m.meteo ? ' selected' : ''}>${escapeHtml(x)}</option>`).join('');
  const morals = MORALS.map((label, k) => `<option value="${k + 1}">${escapeHtml(label)}</option>`).join('');
  return [
    '<h3>Compte rendu pour le Journal</h3>',
    `<p><label for="c-date">Date de la réunion</label><input type="date" id="c-date" name="date" value="${escapeHtml(r ? isoDate(r.date) : '')}" style="width:auto">${error('date')}</p>`,
    `<p><label for="c-meteo">Météo</label><select id="c-meteo" name="meteo">${meteos}</select>${error('meteo')}</p>`,
    area('decisions', 'Décisions', '', 'Qui fait quoi, pour quand'),
    area('blocages', 'Blocages', r?.blocages ?? ''),
    `<p><label for="c-participants">Participants</label><input id="c-participants" name="participants" maxlength="2000" value="${escapeHtml(r?.participants.join(', ') ?? '')}">${error('participants')}</p>`,
    `<p><label for="c-moral">Moral de l’équipe <span class="muted">(facultatif)</span></label><select id="c-moral" name="moral"><option value="">— non noté —</option>${morals}</select>${error('moral')}</p>`,
    '<fieldset><legend>Retours de la semaine <span class="muted">(facultatif, une idée par ligne)</span></legend>',
    area('marche', 'Ce qui marche'),
    area('coince', 'Ce qui coince'),
    area('manque', 'Ce qui manque'),
    '<p><label class="case"><input type="checkbox" id="c-backlog" name="ajouterAuBacklog"> Ajouter ce qui coince et ce qui manque au backlog</label>',
    '<span class="muted">Chaque ligne devient une idée du Backlog, demandeur « Retour d’équipe ».</span></p></fieldset>',
    '<div class="actions">',
    `<p id="note-date" class="muted">${textHtml(r?.note ?? '')}</p>`,
    '<button id="ok" type="submit">Enregistrer dans le Journal</button>',
    '<button type="button" class="secondary" onclick="google.script.host.close()">Fermer</button>',
    '<p id="statut" class="statut muted" role="status" aria-live="polite"></p></div>',
    MEETING_SCRIPT,
  ].join('\n');
}
