// Lays the monthly report model out as one printable A4 page (SPEC §6): title and weather, then
// the sections in contract order. Pure: model → matrices (see report-grid.ts) the writer sends.

import { pluriel } from './format';
import { COL } from './indicators';
import { formatDateFr, lastDay } from './months';
import type { IndicateurDuMois } from './objectives';
import type { RapportMensuel } from './report';
import type { ActionResume, ListeCapee } from './reportActions';
import { BANDEAU, COULEURS, DISCRET, entete, FORMATS, GrilleRapport, note, type ReportLayout } from './report-grid';
import { alertesSection, budgetSection, decisionsSection, lignesIgnoreesTexte, piedDePage, recommandationsSection } from './report-layout-parts';
import { normalize } from './text';


function titre(g: GrilleRapport, r: RapportMensuel, reportees: number): void {
  g.bandeau(r.titre, { bold: true, size: 16, color: COULEURS.titre });
  const finDuMois = lastDay(r.mois);
  const situation = r.reference.getTime() > finDuMois.getTime() ? finDuMois : r.reference;
  g.bandeau(`${r.entreprise || 'Entreprise'} · généré le ${formatDateFr(r.genereLe)} · situation au ${formatDateFr(situation)}`, DISCRET);
  const rouges = r.alertes.filter((a) => a.niveau === 'rouge').length;
  const detail = r.alertes.length === 0 ? 'aucun signal d’alerte' : `${pluriel(rouges, 'signal rouge', 'signaux rouges')}, ${r.alertes.length - rouges} orange`;
  g.ligne([{ value: `Météo : ${r.meteo}`, size: 13, bold: true, wrap: false }, { value: detail, color: COULEURS.discret, wrap: false }]);
  if (reportees > 0) g.bandeau(`⚠ ${lignesIgnoreesTexte(reportees)} : voir le bas du rapport.`, { color: COULEURS.orange });
}

/** One capped list of actions: a header with the count, the rows, then `… et N autres`. */
export function listeActions(g: GrilleRapport, libelle: string, liste: ListeCapee<ActionResume>, vide: string): void {
  if (liste.total === 0) {
    note(g, vide);
    return;
  }
  entete(g, [`${libelle} (${liste.total})`, 'Responsable', 'Statut', 'Échéance', 'Cellule']);
  for (const a of liste.elements) {
    g.ligne([a.action || a.id, a.responsable, a.statut, a.echeance ? { value: a.echeance, format: FORMATS.date, align: 'right' } : '',
      { value: a.cellule, ...DISCRET, align: 'right' }]);
  }
  if (liste.suite) note(g, liste.suite);
}

function actions(g: GrilleRapport, r: RapportMensuel): void {
  const { compteurs, total, completion } = r.actions;
  g.bandeau(`Actions du mois — ${pluriel(total, 'action')}`, BANDEAU);
  if (total === 0) {
    note(g, 'Aucune action prévue ce mois-ci dans l’onglet Plan.');
    return;
  }
  entete(g, ['Statut', 'Fait', 'En cours', 'Bloqué', 'À faire']);
  g.ligne(['Nombre d’actions', compteurs['Fait'], compteurs['En cours'], compteurs['Bloqué'], compteurs['À faire']], { format: FORMATS.entier });
  g.ligne(['Taux de réalisation = faites / (toutes − abandonnées)',
    { value: completion ?? '—', format: FORMATS.pourcent, bold: true, align: 'right' }, '',
    { value: 'Abandonné', align: 'right', color: COULEURS.discret }, { value: compteurs['Abandonné'], format: FORMATS.entier }]);
  listeActions(g, 'Faites', r.actions.faites, 'Faites : aucune action terminée ce mois-ci.');
  listeActions(g, 'Bloquées', r.actions.bloquees, 'Bloquées : aucune.');
  listeActions(g, 'En retard', r.actions.enRetard, 'En retard : aucune.');
}

/** Number format of an indicator's value and target. */
export function formatIndicateur(indicateur: string): string {
  const key = normalize(indicateur);
  if (key === 'cac' || key === 'panier moyen') return FORMATS.eurosCents;
  if (key === COL.chiffreAffaires || key === COL.depenses) return FORMATS.euros;
  if (key === 'taux de conversion') return FORMATS.pourcent2;
  if (key === 'roas') return FORMATS.decimal;
  return FORMATS.entier;
}

function ligneIndicateur(g: GrilleRapport, i: IndicateurDuMois): void {
  const format = formatIndicateur(i.indicateur);
  const canal = i.canal === 'Tous' ? 'tous canaux' : i.canal;
  const color = i.favorable === true ? COULEURS.vert : i.favorable === false ? COULEURS.rouge : COULEURS.discret;
  g.ligne([
    `${i.indicateur} — ${canal}${i.connu ? '' : ' (indicateur inconnu)'}`,
    { value: i.valeur ?? '—', format, align: 'right', bold: true },
    { value: i.tendance ?? '—', color, align: 'center', bold: true },
    { value: i.cible ?? '—', format, align: 'right' },
    { value: i.progression ?? '—', format: FORMATS.pourcent, align: 'right' },
  ]);
}

function indicateurs(g: GrilleRapport, r: RapportMensuel): void {
  g.bandeau('Indicateurs', BANDEAU);
  if (r.indicateurs.length === 0) {
    note(g, 'Aucun objectif : ajoutez vos indicateurs dans l’onglet Objectifs.');
    return;
  }
  entete(g, ['Objectif (indicateur — canal)', 'Valeur du mois', 'Tendance', 'Cible', 'Progression']);
  for (const i of r.indicateurs) ligneIndicateur(g, i);
}

/** The whole report tab: model → matrices, in SPEC §6 order. */
export function layoutRapport(r: RapportMensuel): ReportLayout {
  const g = new GrilleRapport();
  titre(g, r, r.lignesIgnorees);
  actions(g, r);
  indicateurs(g, r);
  budgetSection(g, r);
  alertesSection(g, r);
  recommandationsSection(g, r);
  g.bandeau(`Mois prochain — ${r.moisProchain.moisLibelle}`, BANDEAU);
  listeActions(g, 'Actions prévues', r.moisProchain.actions, 'Aucune action prévue : complétez l’onglet Plan.');
  decisionsSection(g, r);
  piedDePage(g, r);
  return g.build();
}
