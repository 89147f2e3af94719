// The sidebar's snapshot (SPEC §8) as a pure, JSON-safe model: weather and counters of the
// current month, the first alerts, the next ritual, this week's actions and the form's choices.
// Shared as types with the sidebar bundle (sidebar/rpc.ts), so no Date ever crosses the wire.

import { STATUTS, type Meteo, type Statut } from '../../contract';
import { alertsOfContext, weatherOfContext } from '../alerts/all';
import type { Alert } from '../alerts/types';
import { cellRef } from '../cells';
import { buildMonthContext } from '../alerts/context';
import { addMonths, daysBetween, formatDateFr, isoDate, monthKey, monthLabelFr, startOfDay, suggestedReportMonth } from '../months';
import type { Action, Workbook, MonthKey, Ritual } from '../types';
import { isLate } from '../alerts/weather';
import { actionsToClarify } from '../alerts/workload';
import { buildChecklist, type Checklist } from '../checklist/checklist';

/** Alerts shown at most in the sidebar. */
export const MAX_PANEL_ALERTS = 5;
/** Days ahead that make an action « de la semaine ». */
export const WEEK_DAYS = 7;
/** Actions of the week shown at most. */
export const MAX_WEEKS = 8;

/** The sidebar counters of the current month. */
export interface PanelCounters { aFaire: number; enCours: number; bloquees: number; enRetard: number; faites: number; total: number }
/** One alert as the sidebar shows it (cells to select on click). */
export interface PanelAlert { signal: string; niveau: 'rouge' | 'orange'; message: string; conseil: string; cellules: string[] }
/** (v2) The actions à clarifier of the month and the next (SPEC §8): their count and their empty cells. */
export interface PanelToClarify { nombre: number; cellules: string[] }
/** The next ritual, with its date as ISO and French text. */
export interface PanelRitual { rituel: string; dateIso: string; dateLibelle: string; dansJours: number; participants: string }
/** One action of the week, with its Plan row and due date. */
export interface PanelAction {
  id: string; ligne: number; action: string; responsable: string; statut: Statut;
  echeanceIso: string; echeanceLibelle: string; dansJours: number; cellule: string;
}
/** One choice of the report month picker. */
export interface MonthOption { valeur: MonthKey; libelle: string }

/** Everything the sidebar shows, computed from one read of the input tabs. */
export interface PanelSnapshot {
  aujourdhuiIso: string;
  mois: MonthKey;
  moisLibelle: string;
  projet: string;
  entreprise: string;
  meteo: Meteo;
  compteurs: PanelCounters;
  /** (v2) Shown beside the counters, with a button selecting the empty cells. */
  aClarifier: PanelToClarify;
  alertes: PanelAlert[];
  alertesTotal: number;
  prochainRituel: PanelRitual | null;
  semaine: PanelAction[];
  semaineTotal: number;
  statuts: Statut[];
  postes: string[];
  responsables: string[];
  moisRapport: MonthOption[];
  moisRapportSuggere: MonthKey;
  /** Rows the reader had to leave out (bad key cell). */
  problemes: number;
  /** The *Check-list stratégique* (SPEC §6 v2), shown collapsed. */
  checklist: Checklist;
}

/** Answer of the quick-add RPC: the new row, or one French message per invalid field. */
export type AdditionField = 'action' | 'mois' | 'responsable' | 'echeance' | 'budgetPrevu' | 'poste';
/** Answer of the quick-add RPC. */
export type AdditionResult =
  | { ok: true; id: string; ligne: number; message: string }
  | { ok: false; erreurs: Partial<Record<AdditionField, string>>; message: string };
/** Answer of the other writing RPCs. */
export interface SimpleResult { ok: boolean; message: string }

/** Builds the snapshot of the month of `today`. */
export function buildPanelSnapshot(classeur: Workbook, today: Date): PanelSnapshot {
  const mois = monthKey(today);
  const ctx = buildMonthContext(classeur, mois, today);
  const alertes = alertsOfContext(ctx);
  const semaine = actionsOfTheWeek(classeur, today);
  return {
    aujourdhuiIso: isoDate(today),
    mois,
    moisLibelle: monthLabelFr(mois),
    projet: classeur.cadrage.projet,
    entreprise: classeur.cadrage.entreprise,
    meteo: weatherOfContext(ctx, alertes),
    compteurs: counters(ctx.actionsDuMois, classeur.plan, today),
    aClarifier: toClarify(classeur, mois),
    alertes: alertes.slice(0, MAX_PANEL_ALERTS).map(alertePanneau),
    alertesTotal: alertes.length,
    prochainRituel: nextRitual(classeur.rituels, today),
    semaine: semaine.slice(0, MAX_WEEKS).map((a) => panelAction(classeur, a, today)),
    semaineTotal: semaine.length,
    statuts: [...STATUTS],
    postes: unique(classeur.budget.map((p) => p.poste)),
    responsables: unique(classeur.plan.map((a) => a.responsable)).sort((a, b) => a.localeCompare(b, 'fr')),
    moisRapport: Array.from({ length: 12 }, (_, i) => addMonths(mois, -i)).map((valeur) => ({ valeur, libelle: monthLabelFr(valeur) })),
    moisRapportSuggere: suggestedReportMonth(today),
    problemes: classeur.problemes.length,
    checklist: buildChecklist(classeur),
  };
}

/**
 * Counters: à faire, en cours and faites over the month's actions; bloquées and en retard over
 * every month (a problem carried over is still a problem, and the Retard / Blocage alerts count
 * them that way too). « En retard » = due before today and neither done nor dropped.
 */
export function counters(actionsDuMois: readonly Action[], plan: readonly Action[], today: Date): PanelCounters {
  const count = (statut: Statut) => actionsDuMois.filter((a) => a.statut === statut).length;
  return {
    aFaire: count('À faire'), enCours: count('En cours'), bloquees: plan.filter((a) => a.statut === 'Bloqué').length,
    enRetard: plan.filter((a) => isLate(a, today)).length, faites: count('Fait'), total: actionsDuMois.length,
  };
}

/** (v2) Open actions of the month and the next without Échéance or Responsable, and the empty cells to fill. */
export function toClarify(classeur: Workbook, mois: MonthKey): PanelToClarify {
  const { actions, cellules } = actionsToClarify(classeur, mois);
  return { nombre: actions.length, cellules };
}

/** Actions of any month due in [today, today + 7 days], not dropped, by due date then sheet order. */
export function actionsOfTheWeek(classeur: Workbook, today: Date): Action[] {
  const within = (a: Action) => (a.echeance ? daysBetween(today, a.echeance) : -1);
  return classeur.plan
    .filter((a) => a.statut !== 'Abandonné' && within(a) >= 0 && within(a) <= WEEK_DAYS)
    .sort((a, b) => within(a) - within(b) || a.row - b.row);
}

/** The ritual with the nearest `Prochaine date` from today on, or null. */
export function nextRitual(rituels: readonly Ritual[], today: Date): PanelRitual | null {
  const jour = startOfDay(today).getTime();
  const suivants = rituels
    .filter((r): r is Ritual & { prochaineDate: Date } => r.prochaineDate !== null && r.prochaineDate.getTime() >= jour)
    .sort((a, b) => a.prochaineDate.getTime() - b.prochaineDate.getTime() || a.row - b.row);
  const r = suivants[0];
  if (!r) return null;
  return {
    rituel: r.rituel, dateIso: isoDate(r.prochaineDate), dateLibelle: formatDateFr(r.prochaineDate),
    dansJours: daysBetween(today, r.prochaineDate), participants: r.participants.join(', '),
  };
}

function alertePanneau(a: Alert): PanelAlert {
  return { signal: a.signal, niveau: a.niveau, message: a.message, conseil: a.conseil, cellules: [...a.cellules] };
}

function panelAction(classeur: Workbook, a: Action, today: Date): PanelAction {
  const echeance = a.echeance ?? today;
  return {
    id: a.id, ligne: a.row, action: a.action, responsable: a.responsable, statut: a.statut,
    echeanceIso: isoDate(echeance), echeanceLibelle: formatDateFr(echeance), dansJours: daysBetween(today, echeance),
    cellule: cellRef(classeur, 'Plan', 'Statut', a.row),
  };
}

function unique(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v.trim().toLowerCase();
    if (key !== '' && !seen.has(key)) seen.set(key, v.trim());
  }
  return [...seen.values()];
}
