// The timed steps of each ritual's agenda (SPEC §4 v2): point hebdo 5 / 15 / 10 min, revue
// mensuelle around the last report's *Décisions à prendre*, comité trimestriel around its tab,
// point d'information équipe in 15 minutes, contrôle d'adoption J+30 around who uses the tool.

import { addDays, addMonths, monthKey, monthLabelFr } from '../months';
import { sameText } from '../text';
import type { Action, Workbook } from '../types';
import type { AgendaBlock, AgendaStep, MeetingSources, TabFound } from './meeting-types';
import { agendaAction, type Agenda, type AgendaAction } from './weekly-meeting';
import { suggestedQuarter } from '../comite/quarter';

/** Words of the Vision shown to the team. */
const VISION_WORDS = 30;
/** Days looked back for « ce qui a été fait » when no earlier information meeting is logged. */
const INFO_LOOKBACK_DAYS = 92;

const texte = (t: string, fort?: string): AgendaBlock => (fort === undefined ? { type: 'texte', texte: t } : { type: 'texte', texte: t, fort });
const actions = (titre: string, list: AgendaAction[]): AgendaBlock => ({ type: 'actions', titre, actions: list });
const step = (titre: string, minutes: number | null, ...blocs: AgendaBlock[]): AgendaStep => ({ titre, minutes, blocs });

/** Point hebdo: météo 5 min, actions 15 min, problems 10 min (SPEC §4). */
export function weeklySteps(agenda: Agenda): AgendaStep[] {
  return [
    step('Météo', 5, texte('Météo du projet : ', agenda.meteo)),
    step('Actions', 15, actions('Faites depuis le dernier point', agenda.faites), actions('En cours', agenda.enCours),
      actions('Bloquées', agenda.bloquees), actions('À échéance cette semaine', agenda.cetteSemaine)),
    step('Problèmes à résoudre', 10, actions('Bloquées ou en retard', agenda.problemes)),
  ];
}

/** Revue mensuelle: the last report, its decisions to take as a checklist, next month's actions. */
export function monthlyReviewSteps(classeur: Workbook, date: Date, rapport: MeetingSources['rapport']): AgendaStep[] {
  const lecture = rapport === null
    ? texte('Aucun rapport mensuel dans ce classeur : lancez Extensions › Boussole › Générer le rapport mensuel avant la revue.')
    : { type: 'lien' as const, texte: `Le dernier rapport : onglet « ${rapport.onglet} »`, onglet: rapport.onglet, gid: rapport.gid };
  const points: AgendaBlock = rapport !== null && rapport.decisions.length > 0
    ? { type: 'points', points: rapport.decisions }
    : texte(rapport === null ? 'Pas de rapport, donc pas de décision listée : notez celles que la revue prend.'
      : 'Le dernier rapport ne pose aucune décision : ni blocage ni dépassement de budget.');
  const prochain = addMonths(monthKey(date), 1);
  const prevues = classeur.plan.filter((a) => a.mois === prochain && a.statut !== 'Abandonné').map((a) => agendaAction(a));
  return [
    step('Relire le rapport', 10, lecture),
    step('Décisions à prendre', 35, points),
    step('Mois prochain', 15, actions(`Actions prévues en ${monthLabelFr(prochain)}`, prevues)),
  ];
}

/** `2026-T4`: the quarter a comité held on `date` reviews (the one just ended during a quarter's first 15 days). */
export function quarterOfComite(date: Date): string {
  return suggestedQuarter(date);
}

/** Comité trimestriel: its one-page tab, then the three questions of the committee. */
export function comiteSteps(date: Date, comites: readonly TabFound[]): AgendaStep[] {
  const nom = `Comité ${quarterOfComite(date)}`;
  const onglet = comites.find((c) => sameText(c.onglet, nom));
  const page: AgendaBlock = onglet
    ? { type: 'lien', texte: `La page du comité : onglet « ${onglet.onglet} »`, onglet: onglet.onglet, gid: onglet.gid }
    : texte(`Aucun onglet « ${nom} » : lancez Extensions › Boussole › Préparer le comité trimestriel avant la réunion.`);
  return [
    step('Le trimestre en une page', 15, page),
    step('Objectifs et trajectoire', 30, texte('Chaque objectif : sa valeur, sa cible et la trajectoire attendue.')),
    step('Budget et résultats', 30, texte('Prévu et réel par horizon ; actions faites et leurs résultats ; idées à préparer.')),
    step('Réorientations à décider', 45, texte('Objectifs hors trajectoire, canaux à réallouer, postes en dépassement : poursuivre, recadrer ou arrêter ?')),
  ];
}

function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? text.trim() : `${words.slice(0, count).join(' ')}…`;
}

/** Point d'information équipe, 15 minutes: the cap, what was done, what comes, questions. */
export function teamInfoSteps(classeur: Workbook, date: Date, rituel: string): AgendaStep[] {
  const { vision, probleme } = classeur.cadrage;
  const cap = vision.trim() !== '' ? texte(`Vision à 3 ans : ${firstWords(vision, VISION_WORDS)}`)
    : probleme.trim() !== '' ? texte(`Le problème que le projet résout : ${probleme.trim()}`)
      : texte('Cadrage : écrivez la Vision à 3 ans (100 mots au plus) pour la partager avec l’équipe.');
  const previous = classeur.journal.filter((j) => sameText(j.rituel, rituel) && j.date.getTime() < date.getTime())
    .reduce<Date | null>((last, j) => (last === null || j.date > last ? j.date : last), null);
  const since = previous ?? addDays(date, -INFO_LOOKBACK_DAYS);
  const faites = classeur.plan.filter((a) => a.statut === 'Fait' && a.faitLe !== null && a.faitLe > since && a.faitLe <= date);
  const mois = [0, 1, 2].map((k) => addMonths(monthKey(date), k));
  const prevues = classeur.plan.filter((a: Action) => a.mois !== null && mois.includes(a.mois) && (a.statut === 'À faire' || a.statut === 'En cours' || a.statut === 'Bloqué'));
  return [
    step('Le cap', 3, cap),
    step('Ce qui a été fait', 5, actions(previous ? 'Faites depuis le dernier point d’information' : 'Faites ces trois derniers mois', faites.map((a) => agendaAction(a)))),
    step('Ce qui arrive', 4, actions('Prévues ces trois mois', prevues.map((a) => agendaAction(a)))),
    step('Questions et retours', 3, texte('Tour de table : ce qui marche, ce qui coince, ce qui manque — notez-les plus bas.')),
  ];
}

/** Names in `Utilisateurs au quotidien` (« Léa, Marc (atelier) et Julie » → 3); null when it reads as a sentence or is empty. */
export function countUsers(utilisateurs: string): number | null {
  const names = utilisateurs.split(/[,;/]|\s+et\s+/).map((n) => n.replace(/\([^)]*\)/g, '').trim()).filter((n) => n !== '');
  if (names.length === 0 || names.some((n) => n.split(/\s+/).length > 4)) return null;
  return names.length;
}

/** Contrôle d'adoption J+30: how many of the daily users use the tool each week, and what blocks them. */
export function adoptionSteps(classeur: Workbook): AgendaStep[] {
  const utilisateurs = classeur.cadrage.utilisateurs.trim();
  return [
    step('Qui utilise l’outil chaque semaine ?', 10, { type: 'adoption', utilisateurs, prevus: countUsers(utilisateurs) }),
    step('Ce qui les bloque', 15, texte('Pour chaque personne qui ne l’utilise pas encore : qu’est-ce qui la freine ? Notez-le dans « Blocages ».')),
    step('Décider', 5, texte('Former, simplifier ou relancer : une décision, un responsable, une date.')),
  ];
}

/** Any other ritual: météo, problems to solve, decisions (untimed). */
export function otherSteps(agenda: Agenda): AgendaStep[] {
  return [
    step('Météo', null, texte('Météo du projet : ', agenda.meteo)),
    step('Problèmes à résoudre', null, actions('Bloquées ou en retard', agenda.problemes)),
    step('Décisions', null, texte('Qui fait quoi, pour quand : notez-le plus bas.')),
  ];
}
