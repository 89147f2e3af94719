// Lays the monthly report model out as one printable A4 page (SPEC §6): title and weather, then
// the sections in contract order. Pure: model → matrices (see report-grid.ts) the writer sends.

import { plural } from '../format';
import { COL } from '../indicators/values';
import { formatDateFr, lastDay } from '../months';
import type { MonthIndicator } from '../indicators/objectives';
import type { MonthlyReport } from './model';
import type { ActionSummary, CappedList } from './actions';
import { BANNER, COLOURS, SUBTLE, headerRow, FORMATS, ReportGrid, noteRow, type ReportLayout } from './grid';
import { alertsSection, budgetSection, decisionsSection, skippedRowsText, footer, recommendationsSection } from './layout-parts';
import { normalize } from '../text';


function title(g: ReportGrid, r: MonthlyReport, reportees: number): void {
  g.banner(r.titre, { bold: true, size: 16, color: COLOURS.titre });
  const finDuMois = lastDay(r.mois);
  const situation = r.reference.getTime() > finDuMois.getTime() ? finDuMois : r.reference;
  g.banner(`${r.entreprise || 'Entreprise'} · généré le ${formatDateFr(r.genereLe)} · situation au ${formatDateFr(situation)}`, SUBTLE);
  const rouges = r.alertes.filter((a) => a.niveau === 'rouge').length;
  const detail = r.alertes.length === 0 ? 'aucun signal d’alerte' : `${plural(rouges, 'signal rouge', 'signaux rouges')}, ${r.alertes.length - rouges} orange`;
  g.ligne([{ value: `Météo : ${r.meteo}`, size: 13, bold: true, wrap: false }, { value: detail, color: COLOURS.discret, wrap: false }]);
  if (reportees > 0) g.banner(`⚠ ${skippedRowsText(reportees)} : voir le bas du rapport.`, { color: COLOURS.orange });
}

/** One capped list of actions: a header with the count, the rows, then `… et N autres`. */
export function actionList(g: ReportGrid, libelle: string, liste: CappedList<ActionSummary>, vide: string): void {
  if (liste.total === 0) {
    noteRow(g, vide);
    return;
  }
  headerRow(g, [`${libelle} (${liste.total})`, 'Responsable', 'Statut', 'Échéance', 'Cellule']);
  for (const a of liste.elements) {
    g.ligne([a.action || a.id, a.responsable, a.statut, a.echeance ? { value: a.echeance, format: FORMATS.date, align: 'right' } : '',
      { value: a.cellule, ...SUBTLE, align: 'right' }]);
  }
  if (liste.suite) noteRow(g, liste.suite);
}

function actions(g: ReportGrid, r: MonthlyReport): void {
  const { compteurs, total, completion } = r.actions;
  g.banner(`Actions du mois — ${plural(total, 'action')}`, BANNER);
  if (total === 0) {
    noteRow(g, 'Aucune action prévue ce mois-ci dans l’onglet Plan.');
    return;
  }
  headerRow(g, ['Statut', 'Fait', 'En cours', 'Bloqué', 'À faire']);
  g.ligne(['Nombre d’actions', compteurs['Fait'], compteurs['En cours'], compteurs['Bloqué'], compteurs['À faire']], { format: FORMATS.entier });
  g.ligne(['Taux de réalisation = faites / (toutes − abandonnées)',
    { value: completion ?? '—', format: FORMATS.pourcent, bold: true, align: 'right' }, '',
    { value: 'Abandonné', align: 'right', color: COLOURS.discret }, { value: compteurs['Abandonné'], format: FORMATS.entier }]);
  actionList(g, 'Faites', r.actions.faites, 'Faites : aucune action terminée ce mois-ci.');
  actionList(g, 'Bloquées', r.actions.bloquees, 'Bloquées : aucune.');
  actionList(g, 'En retard', r.actions.enRetard, 'En retard : aucune.');
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
  const canal = i.canal === 'Tous' ? 'tous canaux' : i.canal;
  const color = i.favorable === true ? COLOURS.vert : i.favorable === false ? COLOURS.rouge : COLOURS.discret;
  g.ligne([
    `${i.indicateur} — ${canal}${i.connu ? '' : ' (indicateur inconnu)'}`,
    { value: i.valeur ?? '—', format, align: 'right', bold: true },
    { value: i.tendance ?? '—', color, align: 'center', bold: true },
    { value: i.cible ?? '—', format, align: 'right' },
    { value: i.progression ?? '—', format: FORMATS.pourcent, align: 'right' },
  ]);
}

function indicatorsBlock(g: ReportGrid, r: MonthlyReport): void {
  g.banner('Indicateurs', BANNER);
  if (r.indicateurs.length === 0) {
    noteRow(g, 'Aucun objectif : ajoutez vos indicateurs dans l’onglet Objectifs.');
    return;
  }
  headerRow(g, ['Objectif (indicateur — canal)', 'Valeur du mois', 'Tendance', 'Cible', 'Progression']);
  for (const i of r.indicateurs) indicatorLine(g, i);
}

/** The whole report tab: model → matrices, in SPEC §6 order. */
export function layoutReport(r: MonthlyReport): ReportLayout {
  const g = new ReportGrid();
  title(g, r, r.lignesIgnorees);
  actions(g, r);
  indicatorsBlock(g, r);
  budgetSection(g, r);
  alertsSection(g, r);
  recommendationsSection(g, r);
  g.banner(`Mois prochain — ${r.moisProchain.moisLibelle}`, BANNER);
  actionList(g, 'Actions prévues', r.moisProchain.actions, 'Aucune action prévue : complétez l’onglet Plan.');
  decisionsSection(g, r);
  footer(g, r);
  return g.build();
}
