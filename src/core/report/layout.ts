// Lays the monthly report model out as one printable A4 page (SPEC §6): title, weather, cap and
// trend, then the sections in contract order. Pure: model → matrices (see grid.ts) the writer sends.
// (v2) Compact: section titles carry their table's column labels, and short lists sit side by side.

import { plural, formatPercent } from '../format';
import { COL } from '../indicators/values';
import { formatDateFr, lastDay } from '../months';
import type { MonthIndicator } from '../indicators/objectives';
import type { MonthlyReport } from './model';
import type { ActionSummary, CappedList } from './actions';
import { COLOURS, SUBTLE, bannerHeader, FORMATS, ReportGrid, noteRow, twoLists, type ReportLayout } from './grid';
import { alertsSection, budgetSection, skippedRowsText, recommendationsSection } from './layout-parts';
import { decisionsSection, footer, nextMonthSection } from './layout-decisions';
import { normalize } from '../text';
import { actionLine } from './action-line';
import { clip } from '../quote';

/** A Résultat longer than this goes after the action in A (wrapped) rather than in B (one line). */
const RESULT_ONE_LINE = 70;

function title(g: ReportGrid, r: MonthlyReport): void {
  g.banner(r.titre, { bold: true, size: 12, color: COLOURS.titre });
  g.ligne([{ value: `Météo : ${r.meteo}`, size: 11, bold: true, wrap: false }, { value: r.tendance.texte, size: 9, wrap: false }]);
  const finDuMois = lastDay(r.mois);
  const situation = r.reference.getTime() > finDuMois.getTime() ? finDuMois : r.reference;
  g.banner(`${r.entreprise || 'Entreprise'} · généré le ${formatDateFr(r.genereLe)} · situation au ${formatDateFr(situation)}`, SUBTLE);
  if (r.cap) g.banner(`Cap : ${r.cap}`, { color: COLOURS.titre });
  if (r.lignesIgnorees > 0) g.banner(`⚠ ${skippedRowsText(r.lignesIgnorees)} : voir le bas du rapport.`, { color: COLOURS.orange });
}

/** The lines of a capped list for `twoLists`: a header, the items, then `… et N autres`. */
function listLines(libelle: string, liste: CappedList<ActionSummary>): string[] {
  if (liste.total === 0) return [`${libelle} : aucune.`];
  return [...liste.elements.map((a) => actionLine(a)), ...(liste.suite ? [liste.suite] : [])];
}

/** Done actions with their Résultat (v2): the action in A, what it produced in B (or after it when long). */
function doneList(g: ReportGrid, liste: CappedList<ActionSummary>): void {
  if (liste.total === 0) {
    noteRow(g, 'Faites : aucune action terminée ce mois-ci.');
    return;
  }
  g.ligne([`Faites (${liste.total})`, { value: 'Résultat obtenu', align: 'left', wrap: false }], { bold: true, size: 7, color: COLOURS.discret, background: COLOURS.entete });
  for (const a of liste.elements) {
    const resultat = a.resultat.trim();
    const nom = clip(a.action || a.id);
    if (resultat.length > RESULT_ONE_LINE) g.ligne([`${nom} → ${resultat}`]);
    else g.ligne([nom, resultat === '' ? { value: 'à renseigner (Plan, colonne Résultat)', ...SUBTLE, wrap: false } : { value: resultat, wrap: false }]);
  }
  if (liste.suite) noteRow(g, liste.suite);
}

function actions(g: ReportGrid, r: MonthlyReport): void {
  const { compteurs, total, completion } = r.actions;
  bannerHeader(g, `Actions du mois — ${plural(total, 'action')}`, total === 0 ? [] : ['Fait', 'En cours', 'Bloqué', 'À faire']);
  if (total === 0) {
    noteRow(g, 'Aucune action prévue ce mois-ci dans l’onglet Plan.');
    return;
  }
  const taux = completion === null ? '—' : formatPercent(completion);
  g.ligne([{ value: `Taux de réalisation ${taux} = faites / (toutes − abandonnées) · ${plural(compteurs['Abandonné'], 'abandonnée')}`, bold: true },
    compteurs['Fait'], compteurs['En cours'], compteurs['Bloqué'], compteurs['À faire']], { format: FORMATS.entier });
  doneList(g, r.actions.faites);
  const { bloquees, enRetard } = r.actions;
  g.ligne([`Bloquées (${bloquees.total})`, { value: `En retard (${enRetard.total})`, align: 'left', wrap: false }],
    { bold: true, size: 7, color: COLOURS.discret, background: COLOURS.entete });
  twoLists(g, listLines('Bloquées', bloquees), listLines('En retard', enRetard));
}

/** Number format of an indicator's value and target. */
export function formatIndicator(indicateur: string): string {
  const key = normalize(indicateur);
  if (key === 'cac' || key === 'panier moyen') return FORMATS.eurosCents;
  if (key === COL.chiffreAffaires || key === COL.depenses) return FORMATS.euros;
  if (key === 'taux de conversion') return FORMATS.pourcent2;
  if (key === 'roas') return FORMATS.decimal;
  return FORMATS.entier;
}

function indicatorLine(g: ReportGrid, i: MonthIndicator): void {
  const format = formatIndicator(i.indicateur);
  const canal = i.canal === 'Tous' ? 'tous canaux' : clip(i.canal);
  const color = i.favorable === true ? COLOURS.vert : i.favorable === false ? COLOURS.rouge : COLOURS.discret;
  g.ligne([
    `${clip(i.indicateur)} — ${canal}${i.connu ? '' : ' (indicateur inconnu)'}`,
    { value: i.valeur ?? '—', format, align: 'right', bold: true },
    { value: i.tendance ?? '—', color, align: 'center', bold: true },
    { value: i.cible ?? '—', format, align: 'right' },
    { value: i.progression ?? '—', format: FORMATS.pourcent, align: 'right' },
  ]);
}

function indicatorsBlock(g: ReportGrid, r: MonthlyReport): void {
  if (r.indicateurs.length === 0) {
    bannerHeader(g, 'Indicateurs', []);
    noteRow(g, 'Aucun objectif : ajoutez vos indicateurs dans l’onglet Objectifs.');
    return;
  }
  bannerHeader(g, 'Indicateurs (objectif : indicateur — canal)', ['Valeur du mois', 'Tendance', 'Cible', 'Progression']);
  for (const i of r.indicateurs) indicatorLine(g, i);
}

/** The whole report tab: model → matrices, in SPEC §6 order. */
export function layoutReport(r: MonthlyReport): ReportLayout {
  const g = new ReportGrid();
  title(g, r);
  actions(g, r);
  indicatorsBlock(g, r);
  budgetSection(g, r);
  alertsSection(g, r);
  recommendationsSection(g, r);
  nextMonthSection(g, r);
  decisionsSection(g, r);
  footer(g, r);
  return g.build();
}

