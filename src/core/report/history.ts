// The report and `Historique` (SPEC §2, §6 v2): the month's history entry, the weather trend of
// the title (two calendar months before, then this one) and the run of stormy months.

import type { Meteo } from '../../contract';
import type { MonthContext } from '../alerts/context';
import { blockedActions, lateActions } from '../alerts/plan';
import type { Alert } from '../alerts/types';
import { roundCents } from '../numbers';
import { addMonths, firstDay, monthKey } from '../months';
import type { HistoryEntry, HistoryRow, MonthKey } from '../types';

/** French month abbreviations (Imprimerie nationale), January first. */
export const MONTHS_SHORT_FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'] as const;
/** The stormy weather, the one the decision block watches. */
export const STORM: Meteo = '⛈️ Orageux';
/** Shown in the trend for a month with no row in `Historique`. */
export const NO_REPORT = '—';

/** `janv.` for 2027-01. */
export function monthShortFr(month: MonthKey): string {
  return MONTHS_SHORT_FR[firstDay(month).getMonth()] ?? month;
}

/** The emoji of a weather (`⛈️ Orageux` → `⛈️`). */
export function weatherIcon(meteo: Meteo): string {
  return meteo.split(' ')[0] ?? meteo;
}

/** The `Historique` row of `month`, or null when that month was never reported. */
export function historyOf(rows: readonly HistoryRow[], month: MonthKey): HistoryRow | null {
  return rows.find((r) => r.mois === month) ?? null;
}

/** One step of the trend: a month and its weather (null: no report that month). */
export interface TrendStep {
  mois: MonthKey;
  libelle: string;
  meteo: Meteo | null;
}

/** The title's trend: the two calendar months before from `Historique`, then the month itself. */
export interface Trend {
  etapes: TrendStep[];
  /** `Tendance : 🌤️ janv. → — févr. → ⛈️ mars`. */
  texte: string;
}

/** Builds the trend of `month`, whose own weather is `meteo` (its history row, if any, is not read). */
export function buildTrend(history: readonly HistoryRow[], month: MonthKey, meteo: Meteo): Trend {
  const before = [-2, -1].map((offset): TrendStep => {
    const mois = addMonths(month, offset);
    return { mois, libelle: monthShortFr(mois), meteo: historyOf(history, mois)?.meteo ?? null };
  });
  const etapes = [...before, { mois: month, libelle: monthShortFr(month), meteo }];
  const texte = etapes.map((e) => `${e.meteo === null ? NO_REPORT : weatherIcon(e.meteo)} ${e.libelle}`).join(' → ');
  return { etapes, texte: `Tendance : ${texte}` };
}

/** This month (when ⛈️) and the consecutive ⛈️ months right before it in `Historique`; 0 when this month is not ⛈️. */
export function consecutiveStorms(history: readonly HistoryRow[], month: MonthKey, meteo: Meteo): number {
  if (meteo !== STORM) return 0;
  let count = 1;
  for (let m = addMonths(month, -1); historyOf(history, m)?.meteo === STORM; m = addMonths(m, -1)) count += 1;
  return count;
}

/** Σ `Budget prévu` of Plan actions from Début's month (all months when Début is empty) to `month`. */
export function plannedToMonth(ctx: MonthContext): number {
  const debut = ctx.classeur.cadrage.debutFeuilleDeRoute;
  const from = debut ? monthKey(debut) : null;
  const sum = ctx.classeur.plan
    .filter((a) => a.mois !== null && a.mois <= ctx.month && (from === null || a.mois >= from))
    .reduce((total, a) => total + (a.budgetPrevu ?? 0), 0);
  return roundCents(sum);
}

/** What the month's report writes in `Historique`: counts of every alert line, late and blocked as the rules count them. */
export function buildHistoryEntry(ctx: MonthContext, meteo: Meteo, alertes: readonly Alert[], completion: number | null, actualToDate: number): HistoryEntry {
  const rouges = alertes.filter((a) => a.niveau === 'rouge').length;
  return {
    mois: ctx.month, genereLe: ctx.today, meteo, signauxRouges: rouges, signauxOrange: alertes.length - rouges,
    tauxRealisation: completion, actionsDuMois: ctx.actionsDuMois.length,
    enRetard: lateActions(ctx.classeur.plan, ctx.reference).length, bloquees: blockedActions(ctx.classeur.plan, ctx.month).length,
    budgetPrevuCumule: plannedToMonth(ctx), reelCumule: actualToDate, budgetAnnuel: ctx.classeur.cadrage.budgetAnnuel,
  };
}
