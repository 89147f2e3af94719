// The comité page's lists (SPEC §4 v2): done actions with their Résultat and abandoned ones, the
// backlog ideas to prepare or waiting for a decision, the *Réorientations à décider*, the footer.

import { formatEuros, formatPercent, plural } from '../format';
import { formatDateFr } from '../months';
import { actionLine } from '../report/action-line';
import type { ActionSummary, CappedList } from '../report/actions';
import { BANNER, COLOURS, FORMATS, SUBTLE, bannerHeader, headerRow, noteRow, twoLists, type ReportGrid } from '../report/grid';
import { continueOrStopBlock } from '../report/layout-decisions';
import { cellsText, skippedRowsText } from '../report/layout-parts';
import type { Comite, ComiteIdea } from './model';

/** A Résultat longer than this goes after the action in A (wrapped) rather than in B (one line). */
const RESULT_ONE_LINE = 70;
const SMALL_HEADER = { bold: true, size: 7, color: COLOURS.discret, background: COLOURS.entete } as const;

/** Items then `… et N autres`. */
function withSuite<T>(liste: CappedList<T>, line: (item: T) => string): string[] {
  return [...liste.elements.map(line), ...(liste.suite ? [liste.suite] : [])];
}

/** Two halves of a list, side by side. */
function halves(g: ReportGrid, lines: readonly string[], color: string = COLOURS.texte): void {
  const half = Math.ceil(lines.length / 2);
  twoLists(g, lines.slice(0, half), lines.slice(half), { color });
}

function doneList(g: ReportGrid, liste: CappedList<ActionSummary>): void {
  if (liste.total === 0) {
    noteRow(g, 'Faites : aucune action terminée sur les mois du trimestre.');
    return;
  }
  g.ligne([`Faites (${liste.total})`, { value: 'Résultat obtenu', align: 'left', wrap: false }], SMALL_HEADER);
  for (const a of liste.elements) {
    const resultat = a.resultat.trim();
    const nom = a.action || a.id;
    if (resultat.length > RESULT_ONE_LINE) g.ligne([`${nom} → ${resultat}`]);
    else g.ligne([nom, resultat === '' ? { value: 'à renseigner (Plan, colonne Résultat)', ...SUBTLE, wrap: false } : { value: resultat, wrap: false }]);
  }
  if (liste.suite) noteRow(g, liste.suite);
}

/** Done actions of the quarter's months with their Résultat, then the abandoned ones. */
export function actionsSection(g: ReportGrid, c: Comite): void {
  bannerHeader(g, `Actions du trimestre — ${plural(c.faites.total, 'faite')}, ${plural(c.abandonnees.total, 'abandonnée')}`, []);
  doneList(g, c.faites);
  if (c.abandonnees.total === 0) {
    noteRow(g, 'Abandonnées : aucune.');
    return;
  }
  g.ligne([`Abandonnées (${c.abandonnees.total})`], SMALL_HEADER);
  halves(g, withSuite(c.abandonnees, (a) => actionLine(a)), COLOURS.discret);
}

const prepareLine = (i: ComiteIdea) => `${i.idee || i.id} (${i.id}${i.score === null ? '' : `, score ${i.score}`})`;
const waitingLine = (i: ComiteIdea) => `${i.idee || i.id} (${i.id}${i.ajouteeLe ? `, ajoutée le ${formatDateFr(i.ajouteeLe)}` : ''})`;

/** Backlog ideas to prepare (left) and those waiting for a decision (right). */
export function backlogSection(g: ReportGrid, c: Comite): void {
  bannerHeader(g, 'Backlog : idées à préparer et décisions en attente', []);
  if (c.aPreparer.total === 0 && c.enAttente.total === 0) {
    noteRow(g, 'Aucune idée à préparer ni en attente de décision dans le Backlog.');
    return;
  }
  g.ligne([`À préparer (${c.aPreparer.total}) : Décision ou Quadrant « Préparer »`,
    { value: `En attente de décision (${c.enAttente.total})`, align: 'left', wrap: false }], SMALL_HEADER);
  const left = c.aPreparer.total === 0 ? ['Aucune.'] : withSuite(c.aPreparer, prepareLine);
  const right = c.enAttente.total === 0 ? ['Aucune.'] : withSuite(c.enAttente, waitingLine);
  twoLists(g, left, right);
}

/** Objectives off trajectory, channels to reallocate, postes over budget, and the decision block. */
export function reorientationsSection(g: ReportGrid, c: Comite): void {
  const r = c.reorientations;
  g.banner('Réorientations à décider', BANNER);
  if (r.poursuivre) continueOrStopBlock(g, r.poursuivre);
  for (const a of r.objectifs) g.ligne([`Objectif hors trajectoire — ${a.message}`, { value: cellsText(a.cellules), ...SUBTLE, wrap: false }], { color: COLOURS.orange });
  if (r.reallocation) {
    const x = r.reallocation;
    headerRow(g, ['Canal à réallouer', 'Montant / mois', 'CAC élevé', 'CAC bas', '']);
    g.ligne([x.message, { value: x.montant, format: FORMATS.euros, bold: true }, { value: x.cacDepuis, format: FORMATS.eurosCents },
      { value: x.cacVers, format: FORMATS.eurosCents }]);
  }
  if (r.postes.length > 0) {
    g.ligne([`Postes en dépassement (réel pour prévu, écart ; seuil d’alerte +${formatPercent(r.seuil)})`], SMALL_HEADER);
    const lines = r.postes.map((d) => `${d.poste.poste} : ${formatEuros(d.reel)} pour ${formatEuros(d.prevu)} (${d.ecart === null ? 'non budgété' : `+${formatPercent(d.ecart)}`})`);
    halves(g, lines, r.postes.some((d) => d.niveau === 'rouge') ? COLOURS.rouge : COLOURS.orange);
  }
  if (!r.poursuivre && r.objectifs.length === 0 && !r.reallocation && r.postes.length === 0) {
    noteRow(g, 'Aucune réorientation à décider : objectifs sur leur trajectoire, pas de canal à réallouer, aucun poste en dépassement.', { color: COLOURS.vert });
  }
}

/** Rows skipped by the reader (with the first problems) and the signature. */
export function footer(g: ReportGrid, c: Comite): void {
  const { lignesIgnorees: n, problemes } = c;
  if (n > 0 || problemes.length > 0) {
    const premiers = problemes.slice(0, 3).map((p) => p.message).join(' ; ');
    const reste = problemes.length > 3 ? ` ; … et ${plural(problemes.length - 3, 'autre')}` : '';
    g.ligne([`⚠ ${skippedRowsText(n)} (${plural(problemes.length, 'problème')}) : ${premiers}${reste}`], { color: COLOURS.orange, size: 7 });
  }
  g.banner(`Généré par Boussole le ${formatDateFr(c.genereLe)} — Extensions › Boussole › Préparer le comité trimestriel pour le mettre à jour.`, SUBTLE);
}
