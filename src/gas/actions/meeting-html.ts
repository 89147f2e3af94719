// The agendas of the one meeting dialog (SPEC §4 v2): one section per ritual, shown by the
// selector, each step with its blocks. Every text from the classeur is escaped here.

import { formatDateFr, isoDate } from '../../core/months';
import { plural } from '../../core/format';
import type { AgendaBlock, MeetingAgendas, RitualAgenda } from '../../core/planning/meeting-types';
import type { AgendaAction } from '../../core/planning/weekly-meeting';
import { tabUrl } from '../report-html';
import { escapeHtml, textHtml } from '../ui';
import { meetingForm } from './meeting-form';
import { MEETING_STYLE } from './meeting-script';

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

function points(list: readonly string[], i: number): string {
  const items = list.map((q, k) => `<li class="point" data-question="${escapeHtml(q)}">`
    + `<label class="case"><input type="checkbox" class="point-fait" id="p-${i}-${k}"> ${textHtml(q)}</label>`
    + `<input type="text" class="point-reponse" maxlength="500" aria-label="Décision prise : ${escapeHtml(q)}" placeholder="Décision prise (facultatif)"></li>`);
  return `<p class="muted">Cochez chaque décision tranchée ; les autres iront dans « Blocages » du Journal.</p><ol class="points">${items.join('')}</ol>`;
}

function adoption(utilisateurs: string, prevus: number | null, i: number): string {
  const qui = utilisateurs === ''
    ? '<p class="orange">Cadrage : « Utilisateurs au quotidien » est vide — notez qui doit utiliser l’outil chaque jour.</p>'
    : `<p>Utilisateurs au quotidien (Cadrage) : <strong>${textHtml(utilisateurs)}</strong></p>`;
  const sur = prevus === null ? '' : ` <span class="muted">sur ${prevus}</span>`;
  return `${qui}<p><label for="actifs-${i}">Combien l’utilisent chaque semaine ?</label>`
    + `<input type="number" id="actifs-${i}" class="actifs" min="0" max="1000" step="1" inputmode="numeric" style="width:6em">${sur}</p>`;
}

function block(b: AgendaBlock, i: number, url: string): string {
  switch (b.type) {
    case 'actions': return liste(b.titre, b.actions);
    case 'texte': return `<p>${textHtml(b.texte)}${b.fort === undefined ? '' : `<strong>${textHtml(b.fort)}</strong>`}</p>`;
    case 'lien': return `<p><a href="${escapeHtml(tabUrl(url, b.gid))}" target="_blank" rel="noopener">${textHtml(b.texte)}</a></p>`;
    case 'points': return points(b.points, i);
    case 'adoption': return adoption(b.utilisateurs, b.prevus, i);
  }
}

function section(r: RitualAgenda, i: number, choisi: boolean, url: string): string {
  const data = [['rituel', r.rituel], ['kind', r.kind], ['date', isoDate(r.date)], ['participants', r.participants.join(', ')],
    ['blocages', r.blocages], ['note', r.note], ['note-autre', r.noteAutreDate]]
    // Notes are shown as text (French typography); the others are form values (escaped only).
    .map(([k, v]) => ` data-${k}="${k?.startsWith('note') ? textHtml(v) : escapeHtml(v)}"`).join('');
  const steps = r.etapes.map((e, k) => `<h3>${k + 1}. ${textHtml(e.titre)}${e.minutes === null ? '' : textHtml(` (${e.minutes} min)`)}</h3>`
    + e.blocs.map((b) => block(b, i, url)).join('\n'));
  return `<section class="agenda" id="agenda-${i}"${data}${choisi ? '' : ' hidden'}>`
    + `<h2>${textHtml(`${r.rituel} du ${formatDateFr(r.date)} — ${r.duree} min`)}</h2>\n${steps.join('\n')}</section>`;
}

/** The whole dialog body: selector, every ritual's agenda (one shown), and the Journal form. */
export function meetingHtml(m: MeetingAgendas, spreadsheetUrl: string): string {
  const options = m.rituels.map((r, i) => `<option value="${i}"${i === m.choisi ? ' selected' : ''}>${escapeHtml(r.rituel)}</option>`).join('');
  const choisi = m.rituels[m.choisi];
  return [
    MEETING_STYLE,
    '<form id="f" novalidate>',
    `<p class="selecteur"><label for="rituel">Rituel</label><select id="rituel" name="rituel">${options}</select></p>`,
    m.avertissement ? `<p class="orange" role="note">${textHtml(m.avertissement)}</p>` : '',
    ...m.rituels.map((r, i) => section(r, i, i === m.choisi, spreadsheetUrl)),
    meetingForm(m, choisi),
    '</form>',
  ].join('\n');
}
