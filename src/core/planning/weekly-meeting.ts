// Préparer le point hebdo (SPEC §4): the agenda of the next 30-minute meeting — 5 min météo,
// 15 min actions (done in the past week, in progress, blocked, due this week), 10 min problems
// (blocked and late actions) — and the Journal row it leaves.

import type { Meteo } from '../../contract';
import { alertsOfContext, weatherOfContext } from '../alerts/all';
import { buildMonthContext } from '../alerts/context';
import { daysBetween, formatDateFr, monthKey, startOfDay } from '../months';
import { sameText } from '../text';
import type { Action, Workbook, Ritual } from '../types';
import { isLate } from '../alerts/weather';

/** Name of the weekly ritual (SPEC §2). */
export const WEEKLY_MEETING = 'Point hebdo';
/** Default length of the meeting, in minutes. */
export const WEEKLY_MEETING_MINUTES = 30;

/** One line of the agenda. */
export interface AgendaAction {
  id: string;
  action: string;
  responsable: string;
  echeance: Date | null;
  /** Why it is a problem: `bloquée`, `en retard depuis le 12/11/2026`. */
  motif?: string;
}

/** The agenda of a point hebdo. */
export interface Agenda {
  date: Date;
  duree: number;
  meteo: Meteo;
  faites: AgendaAction[];
  enCours: AgendaAction[];
  bloquees: AgendaAction[];
  cetteSemaine: AgendaAction[];
  problemes: AgendaAction[];
  participants: string[];
}

/** One action as an agenda line. */
export const agendaAction = (a: Action, motif?: string): AgendaAction =>
  ({ id: a.id, action: a.action, responsable: a.responsable, echeance: a.echeance, ...(motif ? { motif } : {}) });

/** Date of the next meeting: the ritual's `Prochaine date` when today or later, else today. */
export function meetingDate(rituel: Ritual | undefined, today: Date): Date {
  const jour = startOfDay(today);
  return rituel?.prochaineDate && rituel.prochaineDate.getTime() >= jour.getTime() ? rituel.prochaineDate : jour;
}

/** Why an action is a problem on `date` (blocked, late, both), or null. */
export function problemReason(a: Action, date: Date): string | null {
  const motifs: string[] = [];
  if (a.statut === 'Bloqué') motifs.push('bloquée');
  if (isLate(a, date) && a.echeance) motifs.push(`en retard depuis le ${formatDateFr(a.echeance)}`);
  return motifs.length > 0 ? motifs.join(', ') : null;
}

/**
 * The agenda for the next point hebdo. Météo is the sidebar's weather of today's month;
 * « faites » = `Fait le` within the 7 days before the meeting; « cette semaine » = due within
 * the 7 days from the meeting (meeting day included) and neither done nor dropped.
 */
export function buildAgenda(classeur: Workbook, today: Date): Agenda {
  const rituel = classeur.rituels.find((r) => sameText(r.rituel, WEEKLY_MEETING));
  return agendaOn(classeur, meetingDate(rituel, today), today, rituel);
}

/** The weather of today's month, as the sidebar shows it. */
export function todaysWeather(classeur: Workbook, today: Date): Meteo {
  const ctx = buildMonthContext(classeur, monthKey(today), today);
  return weatherOfContext(ctx, alertsOfContext(ctx));
}

/** The point hebdo agenda for a meeting on `date` (météo of today's month unless given, lists judged on `date`). */
export function agendaOn(classeur: Workbook, date: Date, today: Date, rituel?: Ritual, meteo?: Meteo): Agenda {
  const plan = classeur.plan;
  const isOpen = (a: Action) => a.statut !== 'Fait' && a.statut !== 'Abandonné';
  const dans = (d: Date | null) => (d === null ? Number.NaN : daysBetween(date, d));
  const problemes = problemsOn(plan, date);
  return {
    date,
    duree: rituel?.duree ?? WEEKLY_MEETING_MINUTES,
    meteo: meteo ?? todaysWeather(classeur, today),
    faites: plan.filter((a) => a.statut === 'Fait' && dans(a.faitLe) >= -7 && dans(a.faitLe) <= 0).map((a) => agendaAction(a)),
    enCours: plan.filter((a) => a.statut === 'En cours').map((a) => agendaAction(a)),
    bloquees: plan.filter((a) => a.statut === 'Bloqué').map((a) => agendaAction(a)),
    cetteSemaine: plan.filter((a) => isOpen(a) && dans(a.echeance) >= 0 && dans(a.echeance) <= 6).map((a) => agendaAction(a)),
    problemes,
    participants: rituel?.participants ?? [],
  };
}

/** Blocked or late actions on `date`, each with its reason. */
export function problemsOn(plan: readonly Action[], date: Date): AgendaAction[] {
  return plan.flatMap((a) => {
    const motif = problemReason(a, date);
    return motif === null ? [] : [agendaAction(a, motif)];
  });
}

/** The default `Blocages` text of the Journal row: one problem per line. */
export function blockedText(agenda: Agenda): string {
  return agenda.problemes.map((p) => `${p.id ? `${p.id} ` : ''}${p.action} (${p.motif ?? ''})`).join('\n');
}

