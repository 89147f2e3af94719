// Alerts on the project's rhythm (SPEC §6): Tableau de bord abandonné, Rituels non tenus (one line
// per ritual, v2) and Adoption non vérifiée (v2). Windows are [start, R) in calendar days.

import type { Alert } from './types';
import { cellRef } from '../cells';
import type { MonthContext } from './context';
import { addDays, formatDateFr, startOfDay } from '../months';
import { normalize } from '../text';
import type { JournalEntry, Ritual } from '../types';
import { clip } from '../quote';

/** (v2) Days of silence in Mesures before an alert: the window is [R − 10 days, R). */
export const DASHBOARD_WINDOW_DAYS = 10;
/** (v2) Window of each checked ritual frequency, in days: [R − window, R). */
export const RITUAL_WINDOWS: Readonly<Record<string, number>> = { hebdomadaire: 10, mensuelle: 38, trimestrielle: 100 };
/** The ritual checked by Adoption non vérifiée, not by Rituels non tenus. */
export const ADOPTION_RITUAL = 'Contrôle d\'adoption J+30';
/** Adoption non vérifiée: days of grace after its Prochaine date, and how early a row may be noted. */
export const ADOPTION_GRACE_DAYS = 7;
/** The ritual an empty Journal `Rituel` counts as. */
export const DEFAULT_JOURNAL_RITUAL = 'Point hebdo';

/** True when some date falls in [start, end) (days). */
export function someDateIn(dates: readonly Date[], start: Date, end: Date): boolean {
  const [from, to] = [startOfDay(start).getTime(), startOfDay(end).getTime()];
  return dates.some((d) => {
    const t = startOfDay(d).getTime();
    return t >= from && t < to;
  });
}

function between(start: Date, reference: Date): string {
  return `entre le ${formatDateFr(start)} et le ${formatDateFr(addDays(reference, -1))}`;
}

/** The sheet row just under the last data row (where the next entry goes). */
function nextRow(rows: readonly { row: number }[]): number {
  return rows.reduce((max, r) => Math.max(max, r.row), 1) + 1;
}

/** Tableau de bord abandonné: no Mesures row dated in [R − 10 days, R). */
export function alertDashboardAbandoned(ctx: MonthContext): Alert | null {
  const mesures = ctx.classeur.mesures;
  const start = addDays(ctx.reference, -DASHBOARD_WINDOW_DAYS);
  if (someDateIn(mesures.map((m) => m.semaine), start, ctx.reference)) return null;
  return {
    signal: 'Tableau de bord abandonné',
    niveau: 'orange',
    message: `Aucun chiffre saisi dans Mesures ${between(start, ctx.reference)} (${DASHBOARD_WINDOW_DAYS} jours).`,
    cellules: [cellRef(ctx.classeur, 'Mesures', 'Semaine', nextRow(mesures))],
    conseil: 'Chaque lundi, saisissez en 10 minutes les chiffres de la semaine par canal : dépenses, visites, leads, conversions, nouveaux clients.',
  };
}

/** Journal dates of a ritual: `Rituel` matched case-, accent- and space-insensitively; empty = Point hebdo. */
export function ritualDates(journal: readonly JournalEntry[], rituel: string): Date[] {
  const key = normalize(rituel);
  return journal.filter((j) => normalize(j.rituel === '' ? DEFAULT_JOURNAL_RITUAL : j.rituel) === key).map((j) => j.date);
}

function ritualAlert(ctx: MonthContext, r: Ritual, window: number): Alert | null {
  const start = addDays(ctx.reference, -window);
  // a young project is not late for its first séance: checked once R ≥ Début + window
  if (ctx.debut === null || startOfDay(ctx.reference).getTime() < addDays(ctx.debut, window).getTime()) return null;
  if (someDateIn(ritualDates(ctx.classeur.journal, r.rituel), start, ctx.reference)) return null;
  return {
    signal: 'Rituels non tenus',
    niveau: 'orange',
    message: `« ${clip(r.rituel)} » (${r.frequence}) : aucune séance notée dans le Journal ${between(start, ctx.reference)} (${window} jours).`,
    cellules: [cellRef(ctx.classeur, 'Journal', 'Date', nextRow(ctx.classeur.journal)), cellRef(ctx.classeur, 'Gouvernance', 'Rituel', r.row)],
    conseil: r.frequence === 'hebdomadaire'
      ? `Tenez « ${clip(r.rituel)} » chaque semaine (30 minutes) et notez-le dans le Journal (menu « Préparer le point hebdo »).`
      : `Tenez « ${clip(r.rituel)} » et notez-le dans le Journal (menu « Préparer le point hebdo », qui sert chaque rituel), ou fixez sa date dans Gouvernance.`,
  };
}

/**
 * Rituels non tenus (v2): one line per `hebdomadaire` / `mensuelle` / `trimestrielle` ritual with
 * no Journal row in [R − 10 / 38 / 100 days, R), checked once R ≥ Début + its window (never
 * without Début). Other frequencies and `Contrôle d'adoption J+30` are not checked here.
 */
export function alertsRituals(ctx: MonthContext): Alert[] {
  return ctx.classeur.rituels
    .filter((r) => normalize(r.rituel) !== normalize(ADOPTION_RITUAL))
    .map((r) => {
      const window = RITUAL_WINDOWS[r.frequence];
      return window === undefined ? null : ritualAlert(ctx, r, window);
    })
    .filter((a): a is Alert => a !== null);
}

/**
 * Adoption non vérifiée (v2): `Contrôle d'adoption J+30` has a Prochaine date P < R − 7 days and
 * no Journal row of that ritual dated in [P − 7 days, R). One line per such ritual row.
 */
export function alertsAdoption(ctx: MonthContext): Alert[] {
  return ctx.classeur.rituels
    .filter((r): r is Ritual & { prochaineDate: Date } => normalize(r.rituel) === normalize(ADOPTION_RITUAL) && r.prochaineDate !== null)
    .filter((r) => r.prochaineDate.getTime() < addDays(ctx.reference, -ADOPTION_GRACE_DAYS).getTime())
    .filter((r) => !someDateIn(ritualDates(ctx.classeur.journal, r.rituel), addDays(r.prochaineDate, -ADOPTION_GRACE_DAYS), ctx.reference))
    .map((r) => ({
      signal: 'Adoption non vérifiée',
      niveau: 'orange',
      message: `« ${clip(r.rituel)} » prévu le ${formatDateFr(r.prochaineDate)} et jamais noté dans le Journal : personne n’a vérifié que l’outil est vraiment utilisé.`,
      cellules: [cellRef(ctx.classeur, 'Gouvernance', 'Prochaine date', r.row), cellRef(ctx.classeur, 'Journal', 'Date', nextRow(ctx.classeur.journal))],
      conseil: 'Demandez à chacun des utilisateurs au quotidien s’il se sert de l’outil chaque semaine, puis notez le contrôle dans le Journal (menu « Préparer le point hebdo », rituel « Contrôle d’adoption J+30 »).',
    }));
}
