// Alerts on the project's rhythm and framing (SPEC §6): Tableau de bord abandonné, Rituels non
// tenus, Cadrage incomplet, Gouvernance floue, Rentabilité client.

import { CADRAGE_EXPRESS, CADRAGE_QUESTIONS, TAB } from '../../contract';
import type { Alert } from './types';
import { cellRef, sheetRef } from '../cells';
import type { MonthContext } from './context';
import { listSome, formatEuros, formatNumber, nameList } from '../format';
import { addDays, formatDateFr, startOfDay } from '../months';
import { clvCacByChannel } from '../indicators/objectives';
import { cadrageCell } from '../planning/cadrage-check';
import { isBlank } from '../text';

/** Days of silence (Mesures or Journal) before an alert: the window is [R − 14 days, R). */
export const SILENCE_WINDOW_DAYS = 14;
/** Minimum CLV:CAC of a profitable channel. */
export const CLV_CAC_MIN = 3;

/** True when some date falls in [R − 14 days, R). */
function dateDansFenetre(dates: readonly Date[], reference: Date): boolean {
  const end = startOfDay(reference).getTime();
  const start = addDays(reference, -SILENCE_WINDOW_DAYS).getTime();
  return dates.some((d) => {
    const t = startOfDay(d).getTime();
    return t >= start && t < end;
  });
}

function windowOf(reference: Date): string {
  return `entre le ${formatDateFr(addDays(reference, -SILENCE_WINDOW_DAYS))} et le ${formatDateFr(addDays(reference, -1))}`;
}

function lastRow(rows: readonly { row: number }[]): number {
  return rows.reduce((max, r) => Math.max(max, r.row), 1);
}

/** Tableau de bord abandonné: no Mesures row dated in [R − 14 days, R). */
export function alertDashboardAbandoned(ctx: MonthContext): Alert | null {
  const mesures = ctx.classeur.mesures;
  if (dateDansFenetre(mesures.map((m) => m.semaine), ctx.reference)) return null;
  return {
    signal: 'Tableau de bord abandonné',
    niveau: 'orange',
    message: `Aucun chiffre saisi dans Mesures ${windowOf(ctx.reference)} (${SILENCE_WINDOW_DAYS} jours).`,
    cellules: [cellRef(ctx.classeur, 'Mesures', 'Semaine', lastRow(mesures) + 1)],
    conseil: 'Chaque lundi, saisissez en 10 minutes les chiffres de la semaine par canal : dépenses, visites, leads, conversions, nouveaux clients.',
  };
}

/** Rituels non tenus: no Journal row dated in [R − 14 days, R). */
export function alertRituals(ctx: MonthContext): Alert | null {
  const journal = ctx.classeur.journal;
  if (dateDansFenetre(journal.map((j) => j.date), ctx.reference)) return null;
  return {
    signal: 'Rituels non tenus',
    niveau: 'orange',
    message: `Aucune réunion notée dans le Journal ${windowOf(ctx.reference)} (${SILENCE_WINDOW_DAYS} jours).`,
    cellules: [cellRef(ctx.classeur, 'Journal', 'Date', lastRow(journal) + 1)],
    conseil: 'Tenez le point hebdo de 30 minutes et notez-le dans le Journal (menu « Préparer le point hebdo »).',
  };
}

/** Cadrage incomplet: one of the four *cadrage express* answers is empty; cells `Cadrage!B<row>`. */
export function alertCadrage(ctx: MonthContext): Alert | null {
  const cadrage = ctx.classeur.cadrage;
  const missing = CADRAGE_EXPRESS.filter((key) => isBlank((cadrage as unknown as Record<string, unknown>)[key]));
  if (missing.length === 0) return null;
  const questions = missing.map((key) => CADRAGE_QUESTIONS.findIndex((q) => q.key === key));
  return {
    signal: 'Cadrage incomplet',
    niveau: 'orange',
    message: `Cadrage express incomplet, le projet n’est pas mûr : ${listSome(questions.map((i) => `« ${CADRAGE_QUESTIONS[i]?.question ?? ''} »`), 4)} sans réponse.`,
    cellules: missing.map((key, n) => `${sheetRef(TAB.cadrage)}!${cadrageCell(ctx.classeur, key) ?? `B${(questions[n] ?? 0) + 2}`}`),
    conseil: 'Répondez en une page aux quatre questions du cadrage express avant d’engager de nouvelles dépenses.',
  };
}

/** Gouvernance floue: a RACI chantier without exactly one A or without any R. */
export function alertGovernance(ctx: MonthContext): Alert | null {
  const flous = ctx.classeur.raci.filter((l) => l.a.length !== 1 || l.r.length === 0);
  if (flous.length === 0) return null;
  const details = flous.map((l) => {
    const manques = [l.a.length === 0 ? 'aucun A' : l.a.length > 1 ? `${l.a.length} A` : '', l.r.length === 0 ? 'aucun R' : ''];
    return `« ${l.chantier} » (${manques.filter(Boolean).join(', ')})`;
  });
  return {
    signal: 'Gouvernance floue',
    niveau: 'orange',
    message: `Responsabilités floues dans la matrice RACI : ${listSome(details)}.`,
    cellules: flous.flatMap((l) => [
      ...(l.a.length !== 1 ? [cellRef(ctx.classeur, 'Gouvernance', 'A', l.row)] : []),
      ...(l.r.length === 0 ? [cellRef(ctx.classeur, 'Gouvernance', 'R', l.row)] : []),
    ]),
    conseil: 'Pour chaque chantier, une seule personne approuve (A) et au moins une réalise (R).',
  };
}

/** Rentabilité client: a channel whose CLV:CAC over the month is < 3 (only with achats par an and durée). */
export function alertProfitability(ctx: MonthContext): Alert | null {
  const faibles = clvCacByChannel(ctx.classeur.cadrage, ctx.mesures, ctx.month).filter((c) => c.ratio < CLV_CAC_MIN);
  if (faibles.length === 0) return null;
  const details = faibles.map((c) => `« ${c.canal} » (valeur client ${formatEuros(c.clv)} pour un CAC de ${formatEuros(c.cac)}, ratio ${formatNumber(c.ratio)})`);
  return {
    signal: 'Rentabilité client',
    niveau: 'orange',
    message: `Clients trop chers à acquérir : ${listSome(details)} — minimum ${CLV_CAC_MIN}.`,
    cellules: faibles.flatMap((c) => c.lignes.map((row) => cellRef(ctx.classeur, 'Mesures', 'Canal', row))),
    conseil: `Réduisez les dépenses de ${nameList(faibles.map((c) => c.canal))} ou améliorez leur conversion : un client doit rapporter au moins ${CLV_CAC_MIN} fois ce qu’il coûte à acquérir.`,
  };
}
